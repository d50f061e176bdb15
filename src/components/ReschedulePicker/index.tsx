import type { Slot } from '@contracts/booking';
import { Button, Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { SlotPicker } from '@/components/SlotPicker';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useAsync } from '@/hooks/useAsync';
import { bookingApi } from '@/services/booking';

interface Props {
  mediatorId: string;
  title: string;
  busy: boolean;
  onConfirm: (slot: Slot) => void;
  onCancel: () => void;
}

/** Picks another free time of the same mediator (rescheduling, or a mediator proposing a time). */
export function ReschedulePicker({ mediatorId, title, busy, onConfirm, onCancel }: Props) {
  const slots = useAsync(useCallback(() => bookingApi.slots({ mediatorId }), [mediatorId]));
  const [slot, setSlot] = useState<Slot>();
  return (
    <View className="card">
      <Text className="label">{title}</Text>
      {slots.loading ? (
        <Loading />
      ) : slots.error ? (
        <ErrorBlock error={slots.error} onRetry={slots.reload} />
      ) : (
        slots.data && <SlotPicker days={slots.data.days} value={slot?.startAt} onPick={setSlot} />
      )}
      <View className="actions">
        <SubmitButton busy={busy} className={slot ? '' : 'btn--busy'} onClick={() => slot && onConfirm(slot)}>
          {slot ? '就定这个时间' : '请先选一个时间'}
        </SubmitButton>
        <Button className="btn btn--ghost btn--block" onClick={onCancel}>
          算了
        </Button>
      </View>
    </View>
  );
}
