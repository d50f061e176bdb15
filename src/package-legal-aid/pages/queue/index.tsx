import { matterLabels, stageLabels } from '@contracts/legal-aid/matters';
import { type LegalAidStatus, statusLabels } from '@contracts/plain/legal-aid';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import { useCallback, useRef, useState } from 'react';
import { FilterChips } from '@/components/FilterChips';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { legalAidApi } from '@/services/legal-aid';
import { StatusTag } from '../../components/StatusTag';
import './index.scss';

const statuses = Object.keys(statusLabels) as LegalAidStatus[];
const reviewerText = { none: '未分配', mine: '我审查', other: '他人审查' } as const;

/** The review queue: masked, oldest first, so nobody's personal data shows in a list. */
export default function Queue() {
  // New applications first: that is the officer's to-do list; 全部 shows every status.
  const [filter, setFilter] = useState<LegalAidStatus | undefined>('submitted');
  const load = useCallback(() => legalAidApi.queue(filter), [filter]);
  const { data, error, loading, reload } = useAsync(load);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
  return (
    <PageShell className="queue">
      <View className="section">
        <FilterChips options={statuses} labels={statusLabels} value={filter} onChange={setFilter} />
      </View>
      <View className="section">
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : !data?.items.length ? (
          <Empty text="没有要审查的申请" />
        ) : (
          data.items.map((a) => (
            <View
              key={a.id}
              className="card queue__item"
              onClick={() => Taro.navigateTo({ url: `/package-legal-aid/pages/review/index?id=${a.id}` })}
            >
              <View className="queue__row">
                <Text className="queue__number">{a.number}</Text>
                <StatusTag status={a.status} />
              </View>
              <Text className="queue__who">
                {a.nameMasked}　{a.idMasked}
              </Text>
              <Text className="muted">
                {matterLabels[a.matter]} · {stageLabels[a.stage]}
              </Text>
              <Text className="queue__meta">
                {a.area ?? '未填地区'} · {dayjs(a.submittedAt).format('M月D日')}提交 ·{' '}
                {reviewerText[a.reviewer]}
              </Text>
            </View>
          ))
        )}
      </View>
    </PageShell>
  );
}
