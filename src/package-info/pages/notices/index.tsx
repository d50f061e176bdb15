import { View } from '@tarojs/components';
import { NoticeItem } from '@/components/NoticeItem';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useNotices } from '@/hooks/useNotices';

/** The most notices the function answers at once: more than a year of the office's notices. */
const ALL = 50;

/** Every published notice, newest first: home shows only the latest three. */
export default function Notices() {
  const { data, error, loading, reload } = useNotices(ALL);
  return (
    <PageShell>
      <View className="section">
        {loading && !data ? (
          <Loading />
        ) : error ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : data && data.length > 0 ? (
          data.map((n) => <NoticeItem key={n.id} notice={n} />)
        ) : (
          <Empty text="暂时没有通知" />
        )}
      </View>
    </PageShell>
  );
}
