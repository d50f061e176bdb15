import type { GridEventSummary } from '@contracts/grid/models';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ChoiceRow } from '@/components/ChoiceRow';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { pendingReports, sendKeptReports } from '@/services/grid-outbox';
import { gridEventApi } from '@/services/gridevent';
import { ready } from '@/services/session';
import { dateTimeLabel } from '@/services/time';
import { DeadlineTag } from '../../components/DeadlineTag';
import './index.scss';

type Box = 'mine' | 'unit' | 'street';
const boxOf = (role: string | undefined): Box =>
  role === 'admin' ? 'street' : role === 'unit_staff' ? 'unit' : 'mine';
const titles: Record<Box, string> = { mine: '我上报的事件', unit: '本单位待办', street: '待受理和派遣' };
const filters = ['open', 'done'] as const;
const filterLabels = { open: '没办完的', done: '办完的' };

function EventItem({ e }: { e: GridEventSummary }) {
  return (
    <View
      className="card gevents__item"
      onClick={() => Taro.navigateTo({ url: `/package-grid/pages/event/index?id=${e.id}` })}
    >
      <View className="gevents__row">
        <Text className="gevents__type">
          {e.typeLabel}
          {e.urgency === 'urgent' ? '（紧急）' : ''}
        </Text>
        <Text className="gevents__state">{e.stateLabel}</Text>
      </View>
      <Text className="gevents__text">{e.description}</Text>
      <Text className="muted">{e.placeName.split(' / ').slice(-2).join(' ')}</Text>
      {e.unitName && <Text className="muted">处置单位：{e.unitName}</Text>}
      <DeadlineTag e={e} />
      <Text className="gevents__meta">
        {e.number} · {dateTimeLabel(e.clientAt)}
        {e.late ? ' · 离线补报' : ''}
      </Text>
    </View>
  );
}

/** One list by role: the grid worker's reports, the unit's to-do, the street's events to accept and dispatch. */
export default function Events() {
  const [filter, setFilter] = useState<(typeof filters)[number]>('open');
  const [kept, setKept] = useState(pendingReports().length);
  const load = useCallback(async () => {
    const box = boxOf((await ready()).role);
    return { box, ...(await gridEventApi.list(box, filter === 'open')) };
  }, [filter]);
  const { data, error, loading, reload } = useAsync(load);
  const box = data?.box ?? 'mine';
  useDidShow(() => {
    if (pendingReports().length === 0) return;
    void sendKeptReports().then(({ sent, refused }) => {
      setKept(pendingReports().length);
      if (sent) reload();
      if (refused.length)
        void Taro.showModal({ title: '有补报没有成功', content: refused.join('\n'), showCancel: false });
    });
  });
  return (
    <PageShell className="gevents">
      <View className="section">
        <Text className="section__title">{data ? titles[box] : '网格事件'}</Text>
        {data && box === 'mine' && (
          <Text
            className="gevents__new"
            onClick={() => Taro.navigateTo({ url: '/package-grid/pages/report/index' })}
          >
            + 上报事件
          </Text>
        )}
        {kept > 0 && <Text className="banner">还有{kept}件保存在手机上，联网后自动补报</Text>}
        <ChoiceRow options={filters} labels={filterLabels} value={filter} onChange={setFilter} />
      </View>
      <View className="section">
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : !data?.items.length ? (
          <Empty text={filter === 'done' ? '还没有办完的事件' : '现在没有要办的事件'} />
        ) : (
          data.items.map((e) => <EventItem key={e.id} e={e} />)
        )}
      </View>
    </PageShell>
  );
}
