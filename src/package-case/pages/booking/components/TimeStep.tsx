import type { Slot, SlotDay } from '@contracts/booking';
import type { MediatorCard } from '@contracts/models';
import { Button, Text, View } from '@tarojs/components';
import { ChoiceRow } from '@/components/ChoiceRow';
import { SlotPicker } from '@/components/SlotPicker';
import { ErrorBlock, Loading } from '@/components/StatusBlock';

interface Props {
  mediators: MediatorCard[];
  mediatorId: string;
  chosenName?: string;
  days?: SlotDay[];
  loading: boolean;
  error: unknown;
  slot?: Slot;
  onMediator: (id: string) => void;
  onPick: (slot: Slot) => void;
  onRetry: () => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step two: who mediates (or let the system choose) and a free time, as big buttons by day. */
export function TimeStep(p: Props) {
  const ids = ['', ...p.mediators.map((m) => m.id)];
  const labels: Record<string, string> = {
    '': '系统安排',
    ...Object.fromEntries(p.mediators.map((m) => [m.id, m.name])),
  };
  return (
    <View className="card">
      <Text className="step-title">第二步：选调解员和时间</Text>
      <Text className="step-hint">
        {p.chosenName ? `调解员：${p.chosenName}` : '可以指定调解员，也可以让系统按纠纷类型安排'}
      </Text>
      <ChoiceRow options={ids} labels={labels} value={p.mediatorId} onChange={p.onMediator} />
      {p.loading ? (
        <Loading text="正在查找空闲时间…" />
      ) : p.error ? (
        <ErrorBlock error={p.error} onRetry={p.onRetry} />
      ) : (
        p.days && <SlotPicker days={p.days} value={p.slot?.startAt} onPick={p.onPick} />
      )}
      <View className="actions">
        <Button className={`btn btn--primary btn--block${p.slot ? '' : ' btn--busy'}`} onClick={p.onNext}>
          {p.slot ? '下一步：确认预约' : '请先选一个时间'}
        </Button>
        <Button className="btn btn--ghost btn--block" onClick={p.onBack}>
          上一步
        </Button>
      </View>
    </View>
  );
}
