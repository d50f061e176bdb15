import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useMe } from '@/hooks/useMe';

/**
 * Shows an admin page only to admins. It is a kindness (nobody else sees a page of refusals); the functions
 * enforce the rule whatever the page shows.
 */
export function AdminGate({ className, children }: PropsWithChildren<{ className?: string }>) {
  const { data: me, error, loading, reload } = useMe();
  let body = children;
  if (loading && !me) body = <Loading />;
  else if (error || !me) body = <ErrorBlock error={error} onRetry={reload} />;
  else if (me.role !== 'admin') {
    body = (
      <View className="card">
        <Text className="section__title">无权访问</Text>
        <Text className="muted">这里只对管理员开放。如需帮助，请联系乡镇司法所。</Text>
      </View>
    );
  }
  return (
    <PageShell className={className}>
      {body === children ? children : <View className="section">{body}</View>}
    </PageShell>
  );
}
