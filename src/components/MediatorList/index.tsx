import { type DisputeType, disputeTypes } from '@contracts/plain/models';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { useMediators } from '@/hooks/useMediators';
import { FilterChips } from '../FilterChips';
import { MediatorItem } from '../MediatorItem';
import { Empty, ErrorBlock, Loading } from '../StatusBlock';

/** Mediators with a dispute-type filter; used on 首页 and the full mediator list. */
export function MediatorList() {
  const [type, setType] = useState<DisputeType | undefined>(undefined);
  const { data, error, loading, reload } = useMediators(type);
  return (
    <View className="mediator-list">
      <FilterChips options={disputeTypes} value={type} onChange={setType} />
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorBlock error={error} onRetry={reload} />
      ) : data && data.length > 0 ? (
        data.map((m) => <MediatorItem key={m.id} mediator={m} />)
      ) : (
        <Empty text={type ? `暂时没有擅长“${type}”纠纷的调解员` : '暂时没有调解员'} />
      )}
    </View>
  );
}
