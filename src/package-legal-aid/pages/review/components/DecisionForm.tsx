import type { ApplicationDetail } from '@contracts/legal-aid/views';
import type { LegalAidStatus } from '@contracts/plain/legal-aid';
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { fieldErrors } from '@/hooks/fieldErrors';
import { errorText } from '@/services/errors';
import { legalAidApi } from '@/services/legal-aid';
import { ChoiceList } from '../../../components/ChoiceList';
import './DecisionForm.scss';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';

type Decision = 'accept' | 'refuse' | 'request_material';

/** Accept, refuse with a reason, or ask for material; the applicant reads the reason as written. */
export function DecisionForm({
  id,
  status,
  onDecided,
}: {
  id: string;
  status: LegalAidStatus;
  onDecided: (d: ApplicationDetail) => void;
}) {
  const [decision, setDecision] = useState<Decision | undefined>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submitting = useSubmit();
  const choices = [
    { value: 'accept' as const, label: '准予法律援助' },
    ...(status === 'submitted' ? [{ value: 'request_material' as const, label: '要求补充材料' }] : []),
    { value: 'refuse' as const, label: '不予法律援助' },
  ];
  const send = () => {
    if (!decision) return setError('请选择决定');
    void submitting.run(async () => {
      setError('');
      try {
        onDecided(await legalAidApi.decide({ id, decision, reason }));
        setDecision(undefined);
        setReason('');
      } catch (e) {
        setError(fieldErrors(e).reason ?? errorText(e));
      }
    });
  };
  return (
    <View className="section card decision">
      <Text className="section__title">审查决定</Text>
      <ChoiceList
        choices={choices}
        selected={decision ? [decision] : []}
        onChange={(v) => setDecision(v[0])}
      />
      {decision && decision !== 'accept' && (
        <Textarea
          className="decision__reason"
          value={reason}
          maxlength={200}
          placeholder={
            decision === 'refuse'
              ? '写明不予援助的理由（申请人会看到）'
              : '写明需要补充什么材料（申请人会看到）'
          }
          onInput={(e) => setReason(e.detail.value)}
        />
      )}
      {error && <Text className="decision__error">{error}</Text>}
      <SubmitButton busy={submitting.busy} onClick={send}>
        提交决定并通知申请人
      </SubmitButton>
    </View>
  );
}
