import type { HeldItem } from '@contracts/moderation';
import { Button, Text, View } from '@tarojs/components';
import { whenLabel } from '@/services/time';
import './index.scss';

interface Props {
  item: HeldItem;
  /** Set while this item's decision is on its way: both buttons wait. */
  busy: boolean;
  onDecide?: (approve: boolean) => void;
}

/** One held text: what and where, who wrote it, the words in full, and 通过 / 驳回 while it waits. */
export function HeldCard({ item, busy, onDecide }: Props) {
  return (
    <View className="held-card card">
      <View className="held-card__head">
        <Text className="held-card__what">
          {item.kindLabel === item.fieldLabel ? item.kindLabel : `${item.kindLabel} · ${item.fieldLabel}`}
        </Text>
        <Text className="held-card__time">{whenLabel(item.createdAt)}</Text>
      </View>
      <Text className="held-card__where">
        {item.context} · {item.writerName}
      </Text>
      <Text className="held-card__text" userSelect>
        {item.text}
      </Text>
      {item.status === 'held' && onDecide ? (
        <View className="held-card__actions">
          <Button className="btn btn--plain" disabled={busy || undefined} onClick={() => onDecide(false)}>
            驳回
          </Button>
          <Button className="btn btn--primary" disabled={busy || undefined} onClick={() => onDecide(true)}>
            通过
          </Button>
        </View>
      ) : (
        <Text className="held-card__decided">
          {item.status === 'approved' ? '已通过' : '已驳回'}
          {item.decidedByName ? ` · ${item.decidedByName}` : ''}
          {item.decidedAt ? ` · ${whenLabel(item.decidedAt)}` : ''}
        </Text>
      )}
    </View>
  );
}
