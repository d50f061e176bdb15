import type { CaseSummary, FollowUp } from '@contracts/case/models';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { CaseCard } from '@/components/CaseCard';
import { ChoiceRow } from '@/components/ChoiceRow';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { bookingApi } from '@/services/booking';
import { caseApi } from '@/services/case';
import { FollowUpList } from './components/FollowUpList';
import '@/styles/case-pages.scss';

const tabs = ['pending', 'active', 'followups', 'done'] as const;
type Tab = (typeof tabs)[number];
const labels: Record<Tab, string> = {
  pending: '待确认',
  active: '进行中',
  followups: '回访',
  done: '已办结',
};
const empty: Record<Tab, string> = {
  pending: '没有待确认的预约',
  active: '没有进行中的案件',
  followups: '',
  done: '还没有办结的案件',
};

type Loaded = { kind: 'cases'; items: CaseSummary[] } | { kind: 'followups'; items: FollowUp[] };

function load(tab: Tab): Promise<Loaded> {
  if (tab === 'followups') return caseApi.followUps().then((r) => ({ kind: 'followups', items: r.items }));
  const req = tab === 'pending' ? bookingApi.pending() : caseApi.workbench(tab);
  return req.then((r) => ({ kind: 'cases', items: r.items }));
}

/** 预约与案件: bookings to confirm, cases in hand, follow-up visits due, and finished cases. */
export default function MediatorCases() {
  const [tab, setTab] = useState<Tab>('pending');
  const list = useAsync(useCallback(() => load(tab), [tab]));
  const due = useAsync(useCallback(() => caseApi.followUps(), []));
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.reload();
    shown.current = true;
  });
  const dueCount = due.data?.items.filter((f) => f.due).length ?? 0;
  return (
    <PageShell className="mediator-cases">
      <View className="section">
        {dueCount > 0 && (
          <Text
            className="banner"
            onClick={() => setTab('followups')}
          >{`有${dueCount}个回访到期了，点这里去回访 ›`}</Text>
        )}
        <Text
          className="section__more"
          onClick={() => Taro.navigateTo({ url: '/package-mediator/pages/availability/index' })}
        >
          设置我的调解时间 ›
        </Text>
        <ChoiceRow options={tabs} labels={labels} value={tab} onChange={setTab} />
      </View>
      <View className="section">
        {list.loading && !list.data ? (
          <Loading />
        ) : list.error && !list.data ? (
          <ErrorBlock error={list.error} onRetry={list.reload} />
        ) : list.data?.kind === 'followups' ? (
          <FollowUpList items={list.data.items} />
        ) : list.data?.items.length ? (
          list.data.items.map((c) => (
            <CaseCard
              key={c.id}
              item={c}
              showResident
              onOpen={() => Taro.navigateTo({ url: `/package-mediator/pages/case/index?id=${c.id}` })}
            />
          ))
        ) : (
          <Empty text={empty[tab]} />
        )}
      </View>
    </PageShell>
  );
}
