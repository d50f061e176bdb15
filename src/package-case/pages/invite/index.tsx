import { placeLabels } from '@contracts/plain/booking';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { whenLabel } from '@/services/time';
import '@/styles/case-pages.scss';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';

/** What the other party sees from the invitation card: who invites, when and where, and two big answers. */
export default function InvitePage() {
  const { params } = useRouter();
  const token = params.token ?? '';
  const info = useAsync(useCallback(() => caseApi.inviteInfo(token), [token]));
  const [answer, setAnswer] = useState<boolean>();
  const [error, setError] = useState('');
  const submitting = useSubmit();
  const reply = (attend: boolean) =>
    submitting.run(async () => {
      try {
        setAnswer((await caseApi.confirmAttendance(token, attend)).attend);
      } catch (e) {
        setError(errorText(e));
      }
    });
  if (info.loading)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (!info.data)
    return (
      <PageShell>
        <ErrorBlock error={info.error} />
      </PageShell>
    );
  const d = info.data;
  return (
    <PageShell className="invite">
      <View className="section card">
        <Text className="step-title">调解邀请</Text>
        <Text className="step-hint">{`${d.residentName} 申请了人民调解（${d.disputeType}），请您一起参加，把事情说开。调解不收费。`}</Text>
        <View className="facts">
          <View className="facts__row">
            <Text className="facts__key">调解员</Text>
            <Text className="facts__value">{d.mediatorName}</Text>
          </View>
          <View className="facts__row">
            <Text className="facts__key">时间</Text>
            <Text className="facts__value">{d.startAt ? whenLabel(d.startAt) : '调解员确定后通知'}</Text>
          </View>
          <View className="facts__row">
            <Text className="facts__key">地点</Text>
            <Text className="facts__value">{placeLabels[d.place]}</Text>
          </View>
        </View>
        {answer !== undefined ? (
          <Text className="banner banner--ok">
            {answer ? '已告诉调解员您会参加，谢谢！' : '已告诉调解员您去不了，调解员会再联系您。'}
          </Text>
        ) : d.used ? (
          <Text className="banner">这个邀请已经回复过了。</Text>
        ) : (
          <View className="actions">
            {error && <Text className="error-text">{error}</Text>}
            <SubmitButton busy={submitting.busy} onClick={() => reply(true)}>
              我会参加
            </SubmitButton>
            <SubmitButton busy={submitting.busy} kind="ghost" onClick={() => reply(false)}>
              我去不了
            </SubmitButton>
          </View>
        )}
      </View>
    </PageShell>
  );
}
