import type { NearbyEvent } from '@contracts/grid/models';
import { Text, View } from '@tarojs/components';

/** Open events of the same type close by: probably the same thing, already reported. */
export function NearbyHint({ items }: { items: NearbyEvent[] }) {
  if (items.length === 0) return null;
  return (
    <View className="banner gnearby">
      <Text className="gnearby__title">附近{items.length}件同类事件还没办完，可能是同一件事：</Text>
      {items.map((n) => (
        <Text key={n.id} className="gnearby__item">
          {`${n.number}（约${n.metres}米，${n.stateLabel}）${n.description}`}
        </Text>
      ))}
      <Text className="gnearby__tip">如果是同一件事，就不用再报了；不是的话照常上报。</Text>
    </View>
  );
}
