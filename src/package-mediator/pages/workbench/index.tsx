import { Text, View } from '@tarojs/components';
import { MediatorItem } from '@/components/MediatorItem';
import { PageShell } from '@/components/PageShell';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useMyMediatorCard } from '@/hooks/useMediators';
import './index.scss';

// Parts of the workbench still being built: say so plainly rather than show empty lists.
const upcoming = [
  { title: '待办咨询（即将上线）', text: '居民在线提的问题会在这里排队，等您回复。' },
  { title: '预约日程（即将上线）', text: '居民预约的当面调解会按日期列在这里。' },
];

/** The mediator's own workbench: how residents see them now, and what is coming. */
export default function Workbench() {
  const { data, error, loading, reload } = useMyMediatorCard();
  return (
    <PageShell className="workbench">
      <View className="section">
        <View className="section__head">
          <Text className="section__title">我的名片</Text>
          <Text className="muted">居民看到的就是这样</Text>
        </View>
        {loading && !data ? (
          <Loading />
        ) : error || !data ? (
          <ErrorBlock error={error} onRetry={reload} />
        ) : (
          <MediatorItem mediator={data} />
        )}
      </View>
      {upcoming.map((u) => (
        <View key={u.title} className="section">
          <View className="workbench__soon card">
            <Text className="section__title">{u.title}</Text>
            <Text className="muted">{u.text}</Text>
          </View>
        </View>
      ))}
    </PageShell>
  );
}
