import type { DisputeType } from '@contracts/plain/models';
import { Text, Textarea, View } from '@tarojs/components';
import { DisputeTypePicker } from '@/components/DisputeTypePicker';
import { FormField } from '@/components/FormField';

export interface DisputeDraft {
  disputeType?: DisputeType;
  partyName: string;
  otherPartyName: string;
  relation: string;
  description: string;
}

export const emptyDispute: DisputeDraft = {
  partyName: '',
  otherPartyName: '',
  relation: '',
  description: '',
};

interface Props {
  value: DisputeDraft;
  onChange: (value: DisputeDraft) => void;
  errors: Record<string, string>;
}

/** A dispute found while screening: who, what kind, what happened; enough to start a consultation or a case. */
export function DisputeFields({ value, onChange, errors }: Props) {
  const set = (patch: Partial<DisputeDraft>) => onChange({ ...value, ...patch });
  return (
    <View className="dispute">
      <Text className="label">纠纷类型</Text>
      <DisputeTypePicker value={value.disputeType} onChange={(disputeType) => set({ disputeType })} />
      {errors['dispute.disputeType'] && <Text className="error-text">{errors['dispute.disputeType']}</Text>}
      <FormField
        label="一方姓名"
        value={value.partyName}
        onInput={(partyName) => set({ partyName })}
        error={errors['dispute.partyName']}
      />
      <FormField
        label="另一方姓名"
        value={value.otherPartyName}
        onInput={(otherPartyName) => set({ otherPartyName })}
        error={errors['dispute.otherPartyName']}
      />
      <FormField
        label="双方关系"
        value={value.relation}
        placeholder="例如：邻居、母子"
        onInput={(relation) => set({ relation })}
        error={errors['dispute.relation']}
      />
      <Text className="label">纠纷经过</Text>
      <Textarea
        className="textarea"
        value={value.description}
        maxlength={1000}
        placeholder="发生了什么，双方各自的说法"
        onInput={(e) => set({ description: e.detail.value })}
      />
      {errors['dispute.description'] && <Text className="error-text">{errors['dispute.description']}</Text>}
    </View>
  );
}
