import type { PointRow } from '@contracts/grid/points';
import { signed } from '@contracts/plain/grid-points';
import { Text, View } from '@tarojs/components';
import { whenLabel } from '@/services/time';
import './index.scss';

/** Every row of a month's ledger: the reason in words, when, and the points in green or red. */
export function PointRows({ rows }: { rows: PointRow[] }) {
  if (rows.length === 0) return <Text className="muted">这个月还没有积分记录</Text>;
  return (
    <View className="point-rows">
      {rows.map((r) => (
        <View key={r.id} className="point-rows__row">
          <View className="point-rows__what">
            <Text className="point-rows__cause">{r.causeLabel}</Text>
            <Text className="point-rows__text">{r.text}</Text>
            <Text className="muted point-rows__when">{whenLabel(r.at)}</Text>
          </View>
          <Text className={`point-rows__points ${r.points < 0 ? 'point-rows__points--minus' : ''}`}>
            {signed(r.points)}分
          </Text>
        </View>
      ))}
    </View>
  );
}
