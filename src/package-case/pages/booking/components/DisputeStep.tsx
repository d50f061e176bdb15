import { Button, Text, Textarea, View } from '@tarojs/components';
import { DisputeTypePicker } from '@/components/DisputeTypePicker';
import { FormField } from '@/components/FormField';
import type { BookingDraft } from '../draft';

interface Props {
  draft: BookingDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<BookingDraft>) => void;
  onNext: () => void;
}

/** Step one: what the dispute is about and who the other party is. */
export function DisputeStep({ draft, errors, onChange, onNext }: Props) {
  return (
    <View className="card">
      <Text className="step-title">第一步：说说纠纷</Text>
      <Text className="step-hint">填写的内容只有调解员能看到</Text>
      <Text className="label">纠纷类型</Text>
      <DisputeTypePicker value={draft.disputeType} onChange={(t) => onChange({ disputeType: t })} />
      {errors.disputeType && <Text className="error-text">{errors.disputeType}</Text>}
      <Text className="label">事情经过</Text>
      <Textarea
        className="textarea"
        value={draft.description}
        maxlength={1000}
        placeholder="什么时候、和谁、因为什么事闹了矛盾，想怎么解决"
        onInput={(e) => onChange({ description: e.detail.value })}
      />
      {errors.description && <Text className="error-text">{errors.description}</Text>}
      <FormField
        label="对方姓名"
        value={draft.otherName}
        maxlength={20}
        error={errors['otherParty.name']}
        onInput={(v) => onChange({ otherName: v })}
      />
      <FormField
        label="您和对方的关系"
        placeholder="如：邻居、兄弟、村集体"
        value={draft.otherRelation}
        maxlength={20}
        error={errors['otherParty.relation']}
        onInput={(v) => onChange({ otherRelation: v })}
      />
      <FormField
        label="对方所在村"
        value={draft.otherVillage}
        maxlength={30}
        error={errors['otherParty.village']}
        onInput={(v) => onChange({ otherVillage: v })}
      />
      <FormField
        label="对方电话（可不填）"
        type="number"
        value={draft.otherPhone}
        maxlength={11}
        error={errors['otherParty.phone']}
        hint="本案调解员会打这个电话联系对方；其他人只能看到隐去中间四位的号码"
        onInput={(v) => onChange({ otherPhone: v })}
      />
      <FormField
        label="纠纷地点（可不填）"
        placeholder="如：东山村三组12号门前"
        value={draft.address}
        maxlength={60}
        error={errors.address}
        onInput={(v) => onChange({ address: v })}
      />
      <Button className="btn btn--primary btn--block" onClick={onNext}>
        下一步：选时间
      </Button>
    </View>
  );
}
