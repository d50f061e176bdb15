import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NoticeItem } from '@/components/NoticeItem';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useNotices } from '@/hooks/useNotices';

/** The newest notices from the justice office, so residents see news without searching. */
export function LatestNotices() {
  const { data, error, loading, reload } = useNotices(3);
  return (
    <View className="section">
      <View className="section__head">
        <Text className="section__title">通知公告</Text>
        <Text
          className="section__more"
          onClick={() => Taro.navigateTo({ url: '/package-info/pages/notices/index' })}
        >
          全部通知 ›
        </Text>
      </View>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBlock error={error} onRetry={reload} />
      ) : data && data.length > 0 ? (
        data.map((n) => <NoticeItem key={n.id} notice={n} />)
      ) : (
        <Empty text="暂时没有新的通知" />
      )}
    </View>
  );
}
