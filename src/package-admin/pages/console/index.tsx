import { type Role, roleLabels, roles } from '@contracts/plain/models';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FilterChips } from '@/components/FilterChips';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useMe } from '@/hooks/useMe';
import { useUsers } from '@/hooks/useUsers';
import { SectionNav } from './components/SectionNav';
import { UserRow } from './components/UserRow';
import './index.scss';

function UserList({ scopeRootId }: { scopeRootId?: string }) {
  const [role, setRole] = useState<Role | undefined>(undefined);
  const { data, error, loading, reload } = useUsers(role);
  return (
    <View className="section">
      <FilterChips options={roles} labels={roleLabels} value={role} onChange={setRole} />
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBlock error={error} onRetry={reload} />
      ) : data && data.length > 0 ? (
        <View className="card console__list">
          {data.map((u) => (
            <UserRow key={u.id} user={u} scopeRootId={scopeRootId} onChanged={reload} />
          ))}
        </View>
      ) : (
        <Empty text="没有符合条件的用户" />
      )}
    </View>
  );
}

/**
 * Admin console: the way to notices, mediators, statistics and the audit log, then users and their roles.
 * The page gate is for kindness; the server enforces the rule.
 */
export default function Console() {
  const { data: me, error, loading, reload } = useMe();
  if (loading && !me)
    return (
      <PageShell>
        <View className="section">
          <Loading />
        </View>
      </PageShell>
    );
  if (error || !me) {
    return (
      <PageShell>
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      </PageShell>
    );
  }
  if (me.role !== 'admin') {
    return (
      <PageShell>
        <View className="section console__denied card">
          <Text className="section__title">无权访问</Text>
          <Text className="muted">这里只对管理员开放。如需帮助，请联系乡镇司法所。</Text>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell className="console">
      <SectionNav />
      <View className="section console__head">
        <Text className="section__title">用户与角色</Text>
        <Text className="muted">
          {me.scopeName ? `${me.scopeName}的用户；` : ''}点“改角色”可把居民设为调解员等
        </Text>
      </View>
      <UserList scopeRootId={me.scopeAreaId} />
    </PageShell>
  );
}
