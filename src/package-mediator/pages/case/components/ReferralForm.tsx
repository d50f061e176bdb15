import { type Referral, referralLabels, referrals } from '@contracts/case/lifecycle';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { SubmitButton } from '@/components/SubmitButton';

/** A mediation that failed still leaves the parties somewhere to go: court, arbitration, legal aid. */
export function ReferralForm({
  busy,
  onSubmit,
  onCancel,
}: {
  busy: boolean;
  onSubmit: (to: Referral, note: string) => void;
  onCancel: () => void;
}) {
  const [to, setTo] = useState<Referral>();
  const [note, setNote] = useState('');
  return (
    <View className="card">
      <Text className="step-title">调解未成功</Text>
      <Text className="label">建议当事人去哪里解决</Text>
      <ChoiceRow options={referrals} labels={referralLabels} value={to} onChange={setTo} />
      <Textarea
        className="textarea"
        value={note}
        maxlength={200}
        placeholder="说明（可不填）"
        onInput={(e) => setNote(e.detail.value)}
      />
      <View className="actions">
        <SubmitButton
          busy={busy}
          className={to ? '' : 'btn--busy'}
          onClick={() => to && onSubmit(to, note.trim())}
        >
          确认
        </SubmitButton>
        <Button className="btn btn--ghost btn--block" onClick={onCancel}>
          返回
        </Button>
      </View>
    </View>
  );
}
