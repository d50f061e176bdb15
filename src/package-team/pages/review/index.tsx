import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { teamApi } from '@/services/team';
import { TeamGate } from '../../components/TeamGate';
import { CloseMonth } from './components/CloseMonth';
import { ReviewItemCard } from './components/ReviewItemCard';
import './index.scss';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/** The bureau's monthly review: check-ins that need a look, with their reasons, then closing the month. */
export default function ReviewPage() {
  const month = useRouter().params.month ?? thisMonth();
  const load = useCallback(
    () => Promise.all([teamApi.reviewQueue({ month }), teamApi.compliance({ month })]),
    [month],
  );
  const { data, error, loading, reload } = useAsync(load);
  return (
    <TeamGate roles={['admin']} className="review">
      {loading && !data ? (
        <View className="section">
          <Loading />
        </View>
      ) : error || !data ? (
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      ) : (
        <View className="section">
          <Text className="section__title">{`${month.slice(0, 4)}年${Number(month.slice(5))}月 需要复核的签到`}</Text>
          {data[0].items.length ? (
            data[0].items.map((item) => <ReviewItemCard key={`${item.visitId}-${item.stamp}`} item={item} />)
          ) : (
            <Empty text="本月没有需要复核的签到" />
          )}
          <CloseMonth data={data[1]} onClosed={reload} />
        </View>
      )}
    </TeamGate>
  );
}
