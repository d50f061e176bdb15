import type { ScreenedTarget } from '@contracts/plain/team';
import { visitRecordKindLabels } from '@contracts/plain/team';
import type { VisitRecord } from '@contracts/team/models';
import { Text, View } from '@tarojs/components';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';

interface Props {
  records: VisitRecord[];
  onTurn: (record: VisitRecord, to: ScreenedTarget) => Promise<void>;
}

const linkedLabel = { consultation: '已转为法律咨询', case: '已转为调解案件' } as const;

/** What was recorded on this visit; a screened dispute not yet handed on can become a consultation or a case. */
export function RecordList({ records, onTurn }: Props) {
  const submit = useSubmit();
  if (records.length === 0) return <Text className="muted">还没有记录。</Text>;
  return (
    <View className="records">
      {records.map((r) => (
        <View key={r.id} className="card record">
          <Text className="record__kind">{visitRecordKindLabels[r.kind]}</Text>
          <Text className="record__topic">{r.topic}</Text>
          {r.attendance !== undefined && <Text className="muted">参加 {r.attendance} 人</Text>}
          {r.dispute && (
            <Text className="muted">
              {r.dispute.partyName}与{r.dispute.otherPartyName}（{r.dispute.relation}）·{' '}
              {r.dispute.disputeType}
            </Text>
          )}
          {r.linked ? (
            <Text className="record__linked">{linkedLabel[r.linked.kind]}</Text>
          ) : (
            r.dispute && (
              <View className="record__turn">
                <SubmitButton
                  busy={submit.busy}
                  kind="plain"
                  onClick={() => submit.run(() => onTurn(r, 'consultation'))}
                >
                  转为法律咨询
                </SubmitButton>
                <SubmitButton busy={submit.busy} onClick={() => submit.run(() => onTurn(r, 'mediation'))}>
                  转为调解案件
                </SubmitButton>
              </View>
            )
          )}
        </View>
      ))}
    </View>
  );
}
