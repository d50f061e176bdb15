import type { Consultation } from '@contracts/consultation';
import { outcomeLabels, statusLabels } from '@contracts/plain/consultation';
import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  consultation: Consultation;
  onOpen: () => void;
}

function when(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date().toDateString() === d.toDateString()
    ? `${pad(d.getHours())}:${pad(d.getMinutes())}`
    : `${d.getMonth() + 1}月${d.getDate()}日`;
}

/** One consultation in a list: who, what, the last words, and a red unread count. */
export function ConsultationItem({ consultation: c, onOpen }: Props) {
  const other =
    c.mySide === 'resident' ? (c.mediator ? `调解员 ${c.mediator.name}` : '正在安排调解员') : c.resident.name;
  const status =
    c.status === 'closed' && c.outcome ? `已结束 · ${outcomeLabels[c.outcome]}` : statusLabels[c.status];
  return (
    <View className="citem card" onClick={onOpen} data-testid="consultation-item">
      <View className="citem__head">
        <Text className="citem__who">{other}</Text>
        <Text className="citem__time">{when(c.lastMessageAt)}</Text>
      </View>
      <View className="citem__tags">
        <Text className="citem__tag">{c.disputeType}</Text>
        <Text className={`citem__status citem__status--${c.status}`}>{status}</Text>
      </View>
      <View className="citem__foot">
        <Text className="citem__last">{c.lastMessage ?? c.description}</Text>
        {c.unread > 0 && (
          <Text className="citem__badge" data-testid="unread">
            {c.unread > 99 ? '99+' : c.unread}
          </Text>
        )}
      </View>
    </View>
  );
}
