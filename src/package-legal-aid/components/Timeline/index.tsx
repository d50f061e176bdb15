import type { TimelineEntry } from '@contracts/legal-aid/status';
import { timelineLabels } from '@contracts/plain/legal-aid';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import './index.scss';

/** Every step of the application with its date and the officer's words, newest first. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <View className="timeline">
      {[...entries].reverse().map((e) => (
        <View key={`${e.at}-${e.kind}`} className="timeline__item">
          <View className="timeline__dot" />
          <View className="timeline__text">
            <Text className="timeline__kind">{timelineLabels[e.kind]}</Text>
            <Text className="timeline__at">{dayjs(e.at).format('YYYY年M月D日 HH:mm')}</Text>
            {e.note && <Text className="timeline__note">{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
