import { placeLabels } from '@contracts/plain/booking';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useCase } from '@/hooks/useCase';
import { caseApi } from '@/services/case';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import { fullDate } from '@/services/time';
import '@/styles/case-pages.scss';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import './index.scss';

/** 人民调解协议书 as text on the phone, and the Word document to print and sign. */
export default function AgreementPage() {
  const { params } = useRouter();
  const c = useCase(params.id ?? '');
  const { busy, run: guarded } = useSubmit();
  const [error, setError] = useState('');
  if (c.loading && !c.data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (!c.data?.agreement)
    return (
      <PageShell>
        <ErrorBlock error={c.error ?? new Error()} onRetry={c.reload} />
      </PageShell>
    );
  const { agreement: a, ...d } = c.data;
  const download = () =>
    guarded(async () => {
      setError('');
      try {
        const said = await deliverDocument(await caseApi.agreement(d.id));
        if (said) Taro.showToast({ title: said, icon: 'none', duration: 3000 });
      } catch (e) {
        setError(errorText(e));
      }
    });
  return (
    <PageShell className="agreement">
      <View className="section card">
        <Text className="agreement__title">人民调解协议书</Text>
        <Text className="agreement__no">{`编号：${d.caseNumber}`}</Text>
        <Text className="agreement__line">{`甲方：${a.parties?.resident ?? d.residentName}`}</Text>
        <Text className="agreement__line">{`乙方：${a.parties?.other ?? d.otherParty.name}（${d.otherParty.village}）`}</Text>
        <Text className="agreement__line">{`调解员：${d.mediator.name}　地点：${placeLabels[d.booking.place]}　日期：${fullDate(a.agreedAt)}`}</Text>
        <Text className="agreement__h">一、纠纷事实</Text>
        <Text className="agreement__p">{a.facts}</Text>
        <Text className="agreement__h">二、双方自愿达成如下协议</Text>
        {a.terms.map((t, i) => (
          <Text key={t} className="agreement__p">{`${i + 1}. ${t}`}</Text>
        ))}
        <Text className="agreement__h">三、履行方式和期限</Text>
        <Text className="agreement__p">{a.performance}</Text>
      </View>
      <View className="section actions">
        {error && <Text className="error-text">{error}</Text>}
        <SubmitButton busy={busy} busyText="正在生成…" onClick={download}>
          打开协议书（Word，可打印签字）
        </SubmitButton>
      </View>
    </PageShell>
  );
}
