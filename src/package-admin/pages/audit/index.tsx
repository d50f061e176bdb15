import { type AuditEntry, auditDomainLabels, auditDomains } from '@contracts/admin/audit';
import { roleLabels } from '@contracts/plain/models';
import { Button, Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { FilterChips } from '@/components/FilterChips';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { auditApi } from '@/services/stats';
import { AdminGate } from '../../components/AdminGate';
import { usePagedList } from '../../hooks/usePagedList';
import './index.scss';

type Domain = (typeof auditDomains)[number];

function EntryRow({ entry }: { entry: AuditEntry }) {
  return (
    <View className="audit-row">
      <View className="audit-row__head">
        <Text className="audit-row__action">{entry.actionLabel}</Text>
        <Text className="audit-row__time">{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</Text>
      </View>
      <Text className="audit-row__who">
        {entry.actorName}（{roleLabels[entry.actorRole]}） · {entry.target}
      </Text>
      {entry.changes.map((c) => (
        <Text key={c.field} className="audit-row__change">
          {c.field}：{c.before} → {c.after}
        </Text>
      ))}
    </View>
  );
}

/** Every change of a case, an application, a role and every admin change, and every unmasked view, newest first, by area of the console; 加载更多 pages back in time. */
export default function AuditPage() {
  const [domain, setDomain] = useState<Domain | undefined>(undefined);
  const fetchPage = useCallback((before?: number) => auditApi.list({ domain, before, limit: 30 }), [domain]);
  const { items, hasMore, loading, error, reload, loadMore } = usePagedList(
    fetchPage,
    (entry: AuditEntry) => entry.at,
  );

  return (
    <AdminGate className="audit">
      <View className="section">
        <FilterChips options={auditDomains} labels={auditDomainLabels} value={domain} onChange={setDomain} />
        {error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : items.length > 0 ? (
          <View className="card audit__list">
            {items.map((e) => (
              <EntryRow key={e.id} entry={e} />
            ))}
          </View>
        ) : loading ? (
          <Loading />
        ) : (
          <Empty text="还没有操作记录" />
        )}
        {hasMore && (
          <Button
            className="btn btn--plain btn--block audit__more"
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
