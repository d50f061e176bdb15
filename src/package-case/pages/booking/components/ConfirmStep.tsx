import type { Slot } from '@contracts/booking';
import { type Place, placeLabels, places } from '@contracts/plain/booking';
import { Button, Text, View } from '@tarojs/components';
import { ChoiceRow } from '@/components/ChoiceRow';
import { SubmitButton } from '@/components/SubmitButton';
import { whenLabel } from '@/services/time';
import type { BookingDraft } from '../draft';

interface Props {
  draft: BookingDraft;
  slot: Slot;
  mediatorName: string;
  busy: boolean;
  error: string;
  onPlace: (place: Place) => void;
  onBack: () => void;
  onSubmit: () => void;
}

/** Step three: where to meet, everything read back once, and one big 确认预约 button. */
export function ConfirmStep({ draft, slot, mediatorName, busy, error, onPlace, onBack, onSubmit }: Props) {
  const facts: [string, string][] = [
    ['纠纷类型', draft.disputeType ?? ''],
    ['对方', `${draft.otherName}（${draft.otherRelation}，${draft.otherVillage}）`],
    ['调解员', mediatorName],
    ['时间', whenLabel(slot.startAt)],
  ];
  return (
    <View className="card">
      <Text className="step-title">第三步：确认预约</Text>
      <Text className="label">在哪里调解</Text>
      <ChoiceRow options={places} labels={placeLabels} value={draft.place} onChange={onPlace} />
      <View className="facts">
        {facts.map(([k, v]) => (
          <View key={k} className="facts__row">
            <Text className="facts__key">{k}</Text>
            <Text className="facts__value">{v}</Text>
          </View>
        ))}
      </View>
      {error && <Text className="error-text">{error}</Text>}
      <View className="actions">
        <SubmitButton busy={busy} onClick={onSubmit}>
          确认预约
        </SubmitButton>
        <Button className="btn btn--ghost btn--block" onClick={onBack}>
          改时间
        </Button>
      </View>
    </View>
  );
}
