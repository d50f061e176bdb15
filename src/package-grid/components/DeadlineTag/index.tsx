import type { GridEventSummary } from '@contracts/grid/models';
import { deadlineLevelLabels } from '@contracts/plain/grid';
import { Text, View } from '@tarojs/components';
import { dateTimeLabel } from '@/services/time';
import './index.scss';

/** The deadline in words and colour (正常 / 临期 / 超期), with the 督办 cards an event got. */
export function DeadlineTag({ e }: { e: GridEventSummary }) {
  if (!e.deadline || !e.deadlineLevel) return null;
  return (
    <View className="gdeadline">
      <Text className={`gdeadline__tag gdeadline__tag--${e.deadlineLevel}`}>
        {deadlineLevelLabels[e.deadlineLevel]}
      </Text>
      <Text className="gdeadline__at">期限 {dateTimeLabel(e.deadline)}</Text>
      {e.cards.yellow && <Text className="gdeadline__tag gdeadline__tag--amber">黄牌督办</Text>}
      {e.cards.red && <Text className="gdeadline__tag gdeadline__tag--red">红牌督办</Text>}
    </View>
  );
}
