import { placeLabels } from '@contracts/plain/booking';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { CaseTimeline } from '@/components/CaseTimeline';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { caseApi } from '@/services/case';
import { whenLabel } from '@/services/time';
import { AgreementLinks } from '../case/components/AgreementLinks';
import '@/styles/case-pages.scss';

/** The case as its other party sees it: when and where, the mediator, what happened, the agreement to sign. */
export default function PartyPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const c = useAsync(
    useCallback(() => caseApi.asParty(id), [id]),
    { pollMs: 5000 },
  );
  if (c.loading && !c.data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (!c.data)
    return (
      <PageShell>
        <ErrorBlock error={c.error} onRetry={c.reload} />
      </PageShell>
    );
  const d = c.data;
  return (
    <PageShell className="party-page">
      <View className="section card">
        <Text className="step-title">{d.stateLabel}</Text>
        <Text className="step-hint">{d.nextStep}</Text>
        <View className="facts">
          {[
            ['案件编号', d.caseNumber],
            ['申请人', `${d.residentName}（${d.disputeType}纠纷）`],
            ['我', d.myName],
            ['调解员', d.mediator.name],
            ['时间', d.booking.startAt ? whenLabel(d.booking.startAt) : '调解员确定后通知'],
            ['地点', placeLabels[d.booking.place]],
            ['是否参加', d.attendance === 'attending' ? '已确认参加' : '已说明不能参加'],
          ].map(([k, v]) => (
            <View key={k} className="facts__row">
              <Text className="facts__key">{k}</Text>
              <Text className="facts__value">{v}</Text>
            </View>
          ))}
        </View>
        <AgreementLinks caseId={d.id} signing={d.signing} failed={d.failed} />
      </View>
      <View className="section">
        <Text className="section__title">办理经过</Text>
        <CaseTimeline entries={d.timeline} />
      </View>
      <View className="section">
        <Button
          className="btn btn--ghost btn--block"
          onClick={() => Taro.navigateTo({ url: `/package-case/pages/case-code/index?id=${d.id}` })}
        >
          案件码（一案一码）
        </Button>
      </View>
    </PageShell>
  );
}
