import type { Role } from '@contracts/plain/models';
import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useMe } from '@/hooks/useMe';

/**
 * Shows a team page only to the roles it serves (the bureau's pages to admins, the ledger to members and
 * admins). A kindness: the team function refuses everyone else whatever the page shows.
 */
export function TeamGate({
  roles,
  className,
  children,
}: PropsWithChildren<{ roles: readonly Role[]; className?: string }>) {
  const { data: me, error, loading, reload } = useMe();
  let body = children;
  if (loading && !me) body = <Loading />;
  else if (error || !me) body = <ErrorBlock error={error} onRetry={reload} />;
  else if (!roles.includes(me.role)) {
    body = (
      <View className="card">
        <Text className="section__title">无权访问</Text>
        <Text className="muted">
          这里只对村（社区）法律服务团队和司法所开放。如需帮助，请联系乡镇司法所。
        </Text>
      </View>
    );
  }
  return (
    <PageShell className={className}>
      {body === children ? children : <View className="section">{body}</View>}
    </PageShell>
  );
}
