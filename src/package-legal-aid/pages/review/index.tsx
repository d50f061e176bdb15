import { matterLabels, stageLabels } from '@contracts/legal-aid/matters';
import type { ApplicationDetail } from '@contracts/legal-aid/views';
import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { errorText } from '@/services/errors';
import { legalAidApi } from '@/services/legal-aid';
import { StatusTag } from '../../components/StatusTag';
import { Timeline } from '../../components/Timeline';
import { ApplicantCard } from './components/ApplicantCard';
import { DecisionForm } from './components/DecisionForm';
import './index.scss';

/**
 * One application for review. It opens masked; 查看完整信息 shows everything and the photos, makes the
 * officer its reviewer and is written to the access log, which the button says before it is tapped.
 */
export default function Review() {
  const id = useRouter().params.id ?? '';
  const load = useCallback(() => legalAidApi.get(id), [id]);
  const { data, error, loading, reload, setData } = useAsync(load);
  const [revealError, setRevealError] = useState('');
  const reveal = async () => {
    setRevealError('');
    try {
      setData(await legalAidApi.get(id, true));
    } catch (e) {
      setRevealError(errorText(e));
    }
  };
  if (loading && !data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (error || !data)
    return (
      <PageShell>
        <ErrorBlock error={error} onRetry={reload} />
      </PageShell>
    );
  const open = data.status === 'submitted' || data.status === 'need_material';
  const decided = (next: ApplicationDetail) => (data.masked ? setData(next) : reveal());
  return (
    <PageShell className="review-page">
      <View className="section card review-page__head">
        <View className="review-page__row">
          <Text className="review-page__number">{data.number}</Text>
          <StatusTag status={data.status} />
        </View>
        <Text className="muted">
          {matterLabels[data.matter]} · {stageLabels[data.stage]} · {data.area ?? '未填地区'}
        </Text>
      </View>
      <ApplicantCard detail={data} />
      {data.masked && !data.purged && data.reviewer !== 'other' && (
        <View className="section">
          <Button className="btn btn--plain btn--block" onClick={reveal}>
            查看完整信息和照片（将记录查看日志）
          </Button>
          {revealError && <Text className="review-page__error">{revealError}</Text>}
        </View>
      )}
      {data.reviewer === 'other' && (
        <Text className="section muted">这份申请由其他工作人员审查，您只能看到打码的信息。</Text>
      )}
      {open && data.reviewer !== 'other' && (
        <DecisionForm id={data.id} status={data.status} onDecided={decided} />
      )}
      <View className="section card">
        <Text className="section__title">办理经过</Text>
        <View className="review-page__timeline">
          <Timeline entries={data.timeline} />
        </View>
      </View>
    </PageShell>
  );
}
