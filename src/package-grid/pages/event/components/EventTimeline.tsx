import type { GridTimelineItem } from '@contracts/grid/models';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { dateTimeLabel } from '@/services/time';

/** Every step with who and when, newest first; tapping a photo shows it large. */
export function EventTimeline({ items }: { items: GridTimelineItem[] }) {
  return (
    <View className="card gtimeline">
      {[...items].reverse().map((t) => (
        <View key={`${t.at}-${t.step}`} className="gtimeline__item">
          <Text className="gtimeline__step">
            {t.label}
            {t.onTime === false ? '（超期）' : ''}
          </Text>
          <Text className="gtimeline__meta">{`${dateTimeLabel(t.at)} · ${t.byName}`}</Text>
          {t.note && <Text>{t.note}</Text>}
          {t.photoUrls.length > 0 && (
            <View className="gtimeline__photos">
              {t.photoUrls.map((u) => (
                <Image
                  key={u}
                  className="gtimeline__photo"
                  src={u}
                  mode="aspectFill"
                  onClick={() => Taro.previewImage({ urls: t.photoUrls, current: u })}
                />
              ))}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
