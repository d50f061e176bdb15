import { type HeldItem, type HeldStatus, heldStatusLabels } from '@contracts/moderation';
import { Button, ScrollView, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { errorText } from '@/services/errors';
import { moderationApi } from '@/services/moderation';
import { AdminGate } from '../../components/AdminGate';
import { usePagedList } from '../../hooks/usePagedList';
import { HeldCard } from './components/HeldCard';
import './index.scss';

const statuses: HeldStatus[] = ['held', 'approved', 'rejected'];

/**
 * Text that content security wants a person to read: the writer sees it as 审核中, everyone else only once
 * it is approved here. Newest first; each decision is recorded in the audit log.
 */
export default function HeldPage() {
  const [status, setStatus] = useState<HeldStatus>('held');
  const [busy, setBusy] = useState<string | null>(null);
  const fetchPage = useCallback(
    (before?: number) => moderationApi.list({ status, before, limit: 30 }),
    [status],
  );
  const { items, setItems, hasMore, loading, error, reload, loadMore } = usePagedList(
    fetchPage,
    (item: HeldItem) => item.createdAt,
  );

  const decide = async (item: HeldItem, approve: boolean) => {
    setBusy(item.id);
    try {
      await moderationApi.decide(item.id, approve);
      setItems((old) => old.filter((i) => i.id !== item.id));
      Taro.showToast({ title: approve ? '已通过，对方现在能看到' : '已驳回，对方看不到', icon: 'none' });
    } catch (err) {
      Taro.showToast({ title: errorText(err), icon: 'none' });
      reload();
    } finally {
      setBusy(null);
    }
  };

  return (
    <AdminGate className="held">
      <View className="section">
        <ScrollView scrollX className="chips" enableFlex>
          <View className="chips__row">
            {statuses.map((s) => (
              <View
                key={s}
                className={`chip${status === s ? ' chip--active' : ''}`}
                onClick={() => setStatus(s)}
              >
                <Text>{heldStatusLabels[s]}</Text>
              </View>
            ))}
          </View>
        </ScrollView>
        {error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : items.length > 0 ? (
          <View className="held__list">
            {items.map((item) => (
              <HeldCard
                key={item.id}
                item={item}
                busy={busy === item.id}
                onDecide={(approve) => void decide(item, approve)}
              />
            ))}
          </View>
        ) : loading ? (
          <Loading />
        ) : (
          <Empty text={status === 'held' ? '没有待审核的内容' : '还没有记录'} />
        )}
        {hasMore && (
          <Button
            className="btn btn--plain btn--block held__more"
            disabled={loading || undefined}
            onClick={loadMore}
          >
            加载更多
          </Button>
        )}
      </View>
    </AdminGate>
  );
}
