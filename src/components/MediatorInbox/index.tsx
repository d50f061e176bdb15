import type { InboxFilter } from '@contracts/functions/consultation-inputs';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ConsultationItem } from '@/components/ConsultationItem';
import { FilterChips } from '@/components/FilterChips';
import { LiveNotice } from '@/components/LiveNotice';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useInbox } from '@/hooks/useConsultations';
import './index.scss';

const filters = ['mine', 'resident', 'closed'] as const;
const labels: Record<InboxFilter, string> = {
  all: '全部',
  mine: '待我回复',
  resident: '待居民回复',
  closed: '已结束',
};
const empty: Record<InboxFilter, string> = {
  all: '还没有居民找您咨询',
  mine: '现在没有等您回复的咨询',
  resident: '没有在等居民回复的咨询',
  closed: '还没有结束的咨询',
};

/**
 * The mediator's consultations under a filter chip (全部 first), live. On the workbench and on the
 * 咨询 tab of a mediator, so the tab leads a mediator to their own inbox.
 */
export function MediatorInbox() {
  const [filter, setFilter] = useState<InboxFilter>('mine');
  const inbox = useInbox(filter);
  return (
    <View className="inbox">
      <FilterChips
        options={filters}
        labels={labels}
        value={filter === 'all' ? undefined : filter}
        onChange={(f) => setFilter(f ?? 'all')}
      />
      <LiveNotice live={inbox.live} />
      {inbox.loading && !inbox.data ? (
        <Loading />
      ) : inbox.error && !inbox.data ? (
        <ErrorBlock error={inbox.error} onRetry={inbox.reload} />
      ) : inbox.data?.length ? (
        inbox.data.map((c) => (
          <ConsultationItem
            key={c.id}
            consultation={c}
            onOpen={() => Taro.navigateTo({ url: `/package-mediator/pages/chat/index?id=${c.id}` })}
          />
        ))
      ) : (
        <Empty text={empty[filter]} />
      )}
    </View>
  );
}
