import type { GridLedger, StarScheme } from '@contracts/grid/points';
import { pointCauseLabels, signed, stepCauses } from '@contracts/plain/grid-points';
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { gridPointsApi } from '@/services/gridpoints';
import { MonthSwitch } from '../../components/MonthSwitch';
import { PointRows } from '../../components/PointRows';
import { StaffGate } from '../../components/StaffGate';
import { StarHead } from '../../components/StarHead';
import { monthLabel, thisMonth } from '../../month';
import './index.scss';

/** How the points are counted, from the published scheme, so no row is a surprise. */
function SchemeBox({ scheme }: { scheme: StarScheme }) {
  return (
    <View className="section card">
      <Text className="section__title">积分怎么算</Text>
      {stepCauses.map((c) => (
        <Text key={c} className="points__rule">
          {pointCauseLabels[c]}：每件 {signed(scheme.weights[c])} 分
        </Text>
      ))}
      <Text className="points__rule">
        群众评价：很满意 {signed(scheme.satisfaction[4])} 分，很不满意 {signed(scheme.satisfaction[0])} 分
      </Text>
      <Text className="points__rule">
        一星到五星分别要 {scheme.thresholds.join('、')} 分；
        {scheme.handItems.map((h) => `${h.label}（满分${h.max}分）`).join('、')}由司法所每月评分。
      </Text>
    </View>
  );
}

function Ledger({ data }: { data: GridLedger }) {
  return (
    <>
      <View className="section">
        <StarHead name={data.gridName} stars={data.stars} points={data.points} />
      </View>
      {data.causes.length > 0 && (
        <View className="section card">
          <Text className="section__title">本月各项</Text>
          {data.causes.map((c) => (
            <Text key={c.cause} className="points__rule">
              {c.label} {c.count} 次，共 {signed(c.points)} 分
            </Text>
          ))}
        </View>
      )}
      <View className="section card">
        <Text className="section__title">每一笔积分</Text>
        <PointRows rows={data.rows} />
      </View>
      {data.history.length > 0 && (
        <View className="section card">
          <Text className="section__title">往月积分</Text>
          {data.history.map((h) => (
            <Text key={h.month} className="points__rule">
              {monthLabel(h.month)}：{h.points} 分，{h.stars > 0 ? `${h.stars}星` : '未达一星'}
            </Text>
          ))}
        </View>
      )}
    </>
  );
}

/** The grid worker's points: this month (or an earlier one), every row with its reason, and the rules. */
export default function PointsPage() {
  const [month, setMonth] = useState(thisMonth());
  const load = useCallback(
    () => Promise.all([gridPointsApi.mine({ month }), gridPointsApi.scheme()]),
    [month],
  );
  const { data, error, loading, reload } = useAsync(load);
  return (
    <StaffGate roles={['grid_worker']} className="points">
      <View className="section">
        <MonthSwitch month={month} onChange={setMonth} />
      </View>
      {loading && !data ? (
        <View className="section">
          <Loading />
        </View>
      ) : error || !data ? (
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      ) : (
        <>
          <Ledger data={data[0]} />
          <SchemeBox scheme={data[1].scheme} />
        </>
      )}
    </StaffGate>
  );
}
