import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { CallRoom } from '@/components/CallRoom';
import { CaseFacts } from '@/components/CaseFacts';
import { CaseTimeline } from '@/components/CaseTimeline';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useCase } from '@/hooks/useCase';
import { ResidentActions } from './components/ResidentActions';
import '@/styles/case-pages.scss';

/** A resident's case: where it stands, what to do next, the facts, the actions and the whole timeline. */
export default function CasePage() {
  const { params } = useRouter();
  const c = useCase(params.id ?? '');
  // The invitation card carries the one-time token in its path, set on the share button that was tapped.
  useShareAppMessage((res) => {
    const path = (res.target as { dataset?: { path?: string } } | undefined)?.dataset?.path;
    return { title: '请您参加人民调解', path: path ?? '/pages/home/index' };
  });
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
  return (
    <PageShell className="case-page">
      <View className="section">
        {params.new === '1' && data.state === 'submitted' && (
          <Text className="banner banner--ok">预约已提交。调解员确认后会通知您。</Text>
        )}
      </View>
      <View className="section card">
        <Text className="step-title">{data.stateLabel}</Text>
        <Text className="step-hint">{data.nextStep}</Text>
        <ResidentActions c={data} onChanged={c.setData} />
      </View>
      <View className="section">
        <CaseFacts c={data} />
      </View>
      <View className="section">
        <Text className="section__title">办理经过</Text>
        <CaseTimeline entries={data.timeline} />
      </View>
      <View className="section">
        <CallRoom hint="有事想问调解员，可以打电话" />
      </View>
      <View className="section">
        <Button
          className="btn btn--ghost btn--block"
          onClick={() => Taro.navigateTo({ url: '/package-case/pages/cases/index' })}
        >
          查看我的全部案件
        </Button>
      </View>
    </PageShell>
  );
}
