import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { CaseFacts } from '@/components/CaseFacts';
import { CaseTimeline } from '@/components/CaseTimeline';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useCase } from '@/hooks/useCase';
import { useSubmit } from '@/hooks/useSubmit';
import { caseApi } from '@/services/case';
import { errorText } from '@/services/errors';
import { CallParties } from './components/CallParties';
import { FollowUpForm } from './components/FollowUpForm';
import { MediatorActions } from './components/MediatorActions';
import { ReportForm } from './components/ReportForm';
import '@/styles/case-pages.scss';

const attendance = {
  unknown: '未邀请',
  invited: '已邀请，未回复',
  attending: '已确认参加',
  declined: '表示不能参加',
};

/** A case as its mediator handles it: facts, repeat flag, next moves, follow-ups and the timeline. */
export default function MediatorCase() {
  const { params } = useRouter();
  const c = useCase(params.id ?? '');
  const submitting = useSubmit();
  const [error, setError] = useState('');
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
  const data = c.data;
  const record = (id: string, honoured: 'yes' | 'partly' | 'no', note: string) =>
    submitting.run(async () => {
      setError('');
      try {
        await caseApi.recordFollowUp(id, honoured, note);
        c.reload();
      } catch (e) {
        setError(errorText(e));
      }
    });
  return (
    <PageShell className="mediator-case">
      <View className="section card">
        <Text className="step-title">{data.stateLabel}</Text>
        <Text className="step-hint">{data.nextStep}</Text>
        {data.repeatOf.length > 0 && (
          <Text className="banner">{`回头案：这两方或这个地点以前有过纠纷（${data.repeatOf.join('、')}）`}</Text>
        )}
        <MediatorActions c={data} onChanged={c.setData} />
      </View>
      <View className="section">
        <CaseFacts c={data} />
        <Text className="muted">{`对方当事人：${attendance[data.otherParty.attendance]}`}</Text>
      </View>
      <View className="section">
        <Text className="section__title">联系当事人</Text>
        <CallParties c={data} />
      </View>
      {data.followUps.length > 0 && (
        <View className="section">
          <Text className="section__title">回访</Text>
          {error && <Text className="error-text">{error}</Text>}
          {data.followUps.map((f) => (
            <FollowUpForm
              key={f.id}
              f={f}
              busy={submitting.busy}
              onSubmit={(h, note) => record(f.id, h, note)}
            />
          ))}
        </View>
      )}
      <View className="section">
        <Text className="section__title">上报信息</Text>
        <ReportForm c={data} onSaved={c.setData} />
      </View>
      <View className="section">
        <Text className="section__title">办理经过</Text>
        <CaseTimeline entries={data.timeline} />
      </View>
    </PageShell>
  );
}
