import { matterLabels } from '@contracts/legal-aid/matters';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { legalAidApi } from '@/services/legal-aid';
import { StatusTag } from '../../components/StatusTag';
import { Timeline } from '../../components/Timeline';
import { AddMaterial } from './AddMaterial';
import './index.scss';

const explain = {
  submitted: '法律援助中心正在审查，收到申请7日内会有结果。',
  need_material: '工作人员需要您补充材料，请看下面的要求，拍照补上。',
  accepted: '已准予法律援助，工作人员会联系您，安排律师。',
  refused: '这次没有准予。对决定有异议的，可以向司法局提出。',
} as const;

/** One application as its applicant sees it: status, the officer's reason, the timeline, adding material. */
export default function Detail() {
  const id = useRouter().params.id ?? '';
  const load = useCallback(() => legalAidApi.myApplication(id), [id]);
  // Followed live: the officer's acceptance or a request for material shows without a reload.
  const { data, error, loading, reload } = useAsync(load, { pollMs: 5000 });
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
  const reason = [...data.timeline].reverse().find((t) => t.kind === data.status)?.note;
  return (
    <PageShell className="detail">
      <View className="section card detail__head">
        <View className="detail__row">
          <Text className="detail__number">{data.number}</Text>
          <StatusTag status={data.status} />
        </View>
        <Text className="muted">{matterLabels[data.matter]}</Text>
        <Text className="detail__explain">{explain[data.status]}</Text>
        {reason && (data.status === 'need_material' || data.status === 'refused') && (
          <Text className="detail__reason">工作人员说：{reason}</Text>
        )}
      </View>
      {data.status === 'need_material' && <AddMaterial id={data.id} onDone={reload} />}
      <View className="section card">
        <Text className="section__title">办理经过</Text>
        <View className="detail__timeline">
          <Timeline entries={data.timeline} />
        </View>
      </View>
    </PageShell>
  );
}
