import type { WarningOutcome } from '@contracts/plain/warning';
import type { Warning } from '@contracts/warning/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { useSubscribeTemplates } from '@/hooks/useSubscribeTemplates';
import { errorText } from '@/services/errors';
import { requestNotices } from '@/services/subscribe';
import { warningApi } from '@/services/warning';
import { AdminGate } from '../../components/AdminGate';
import { ChoiceChips } from '../../components/ChoiceChips';
import { WarningCard } from './components/WarningCard';

type Tab = 'active' | 'done';
const tabs: Tab[] = ['active', 'done'];
const tabLabels: Record<Tab, string> = { active: '待处置', done: '已处置' };

/**
 * The judicial office's early warning of disputes: red first, each with its reasons in words. 已知悉 and
 * 登记处置 are recorded in the audit log. Each tap also asks WeChat for one more notice, since a one-time
 * subscription allows one message: the office keeps receiving red warnings at once and orange ones the same day.
 */
export default function WarningsPage() {
  useSubscribeTemplates();
  const [tab, setTab] = useState<Tab>('active');
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(() => warningApi.list({ tab }).then((r) => r.items), [tab]);
  const { data, error, loading, reload, setData } = useAsync(load, { pollMs: 60_000 });

  const step = async (w: Warning, work: () => Promise<Warning>, done: string) => {
    setBusy(w.id);
    try {
      const next = await work();
      const keep = next.status === 'open' || next.status === 'acknowledged';
      setData((data ?? []).flatMap((x) => (x.id !== w.id ? [x] : keep ? [next] : [])));
      Taro.showToast({ title: done, icon: 'none' });
    } catch (err) {
      Taro.showToast({ title: errorText(err), icon: 'none' });
      reload();
    } finally {
      setBusy(null);
    }
  };
  const acknowledge = (w: Warning) => {
    requestNotices(['warningRaised']);
    void step(w, () => warningApi.acknowledge(w.id), '已记录：已知悉');
  };
  const handle = (w: Warning, outcome: WarningOutcome) =>
    void step(w, () => warningApi.handle({ warningId: w.id, outcome }), '已登记处置结果');

  return (
    <AdminGate className="warnings">
      <View className="section">
        <ChoiceChips options={tabs} labels={tabLabels} value={[tab]} onToggle={setTab} />
        <Button className="btn btn--ghost btn--block" onClick={() => requestNotices(['warningRaised'])}>
          接收预警提醒（红色立即、橙色当天）
        </Button>
      </View>
      <View className="section">
        {error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : data && data.length > 0 ? (
          data.map((w) => (
            <WarningCard
              key={w.id}
              w={w}
              busy={busy === w.id}
              onAcknowledge={() => acknowledge(w)}
              onHandle={(outcome) => handle(w, outcome)}
            />
          ))
        ) : loading ? (
          <Loading />
        ) : (
          <Empty text={tab === 'active' ? '没有待处置的预警' : '还没有处置记录'} />
        )}
        <Text className="muted">
          预警规则：涉及人数多、言语中有暴力或轻生倾向、同一当事人反复纠纷、调解未成功且期限临近。
        </Text>
      </View>
    </AdminGate>
  );
}
