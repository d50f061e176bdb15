import type { TimelineEntry } from '@contracts/case/models';
import { Text, View } from '@tarojs/components';
import { dateTimeLabel } from '@/services/time';
import './index.scss';

/** Everything that happened to a case, newest first, so the latest news is at the top. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className="timeline card">
      {[...entries].reverse().map((e) => (
        <View key={`${e.at}-${e.event}`} className="timeline__item">
          <View className="timeline__dot" />
          <View className="timeline__body">
            <Text className="timeline__text">{e.text}</Text>
            <Text className="timeline__meta">{`${dateTimeLabel(e.at)} · ${e.by}`}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
