import { placeLabels } from '@contracts/plain/booking';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { whenLabel } from '@/services/time';
import '@/styles/case-pages.scss';
import { FormField } from '@/components/FormField';
import { SubmitButton } from '@/components/SubmitButton';
import { fieldErrors } from '@/hooks/fieldErrors';
import { useSubmit } from '@/hooks/useSubmit';

/** What the other party sees from the invitation card: who invites, when and where, and two big answers. */
export default function InvitePage() {
  const { params } = useRouter();
  const token = params.token ?? '';
  const info = useAsync(useCallback(() => caseApi.inviteInfo(token), [token]));
  const [answer, setAnswer] = useState<boolean>();
  const [error, setError] = useState('');
  const [realName, setRealName] = useState('');
  const [phone, setPhone] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const submitting = useSubmit();
  // Registering makes the invitee a party of the case: they follow it, and sign the agreement in the app.
  const join = (attend: boolean) =>
    submitting.run(async () => {
      setError('');
      setFields({});
      try {
        const { caseId } = await caseApi.join({
          token,
          realName: realName.trim(),
          phone: phone.trim(),
          attend,
        });
        await Taro.redirectTo({ url: `/package-case/pages/party/index?id=${caseId}` });
      } catch (e) {
        setFields(fieldErrors(e));
        setError(errorText(e));
      }
    });
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
            <Text className="step-hint">登记后可以在手机上查看调解安排、阅读并签署调解协议。</Text>
            <FormField
              label="您的姓名（与身份证一致）"
              value={realName}
              onInput={setRealName}
              maxlength={20}
              error={fields.realName}
            />
            <FormField
              label="手机号"
              value={phone}
              onInput={setPhone}
              type="number"
              maxlength={11}
              error={fields.phone}
              hint="只显示部分号码给调解员和申请人"
            />
            {error && <Text className="error-text">{error}</Text>}
            <SubmitButton busy={submitting.busy} onClick={() => join(true)}>
              登记并确认参加
            </SubmitButton>
            <SubmitButton busy={submitting.busy} kind="plain" onClick={() => join(false)}>
              登记，但这次去不了
            </SubmitButton>
            <Text className="muted">不想登记也可以只回复：</Text>
            <SubmitButton busy={submitting.busy} kind="ghost" onClick={() => reply(true)}>
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
