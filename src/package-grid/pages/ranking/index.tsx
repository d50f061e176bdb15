import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { gridPointsApi } from '@/services/gridpoints';
import { MonthSwitch } from '../../components/MonthSwitch';
import { StaffGate } from '../../components/StaffGate';
import { monthLabel, thisMonth } from '../../month';
import { EventFigures } from './components/EventFigures';
import { GridDetail } from './components/GridDetail';
import { RankList } from './components/RankList';
import './index.scss';

/**
 * The bureau's (or a town's) star ranking for a month: the grids ranked by points with their stars, the
 * chosen grid's points row by row with its hand scores, and the month's grid-event figures.
 */
export default function RankingPage() {
  const [month, setMonth] = useState(thisMonth());
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const load = useCallback(
    () =>
      Promise.all([
        gridPointsApi.ranking({ month }),
        gridPointsApi.figures({ month }),
        gridPointsApi.scheme(),
      ]),
    [month],
  );
  const { data, error, loading, reload } = useAsync(load);
  const [ranking, figures, scheme] = data ?? [];
  return (
    <StaffGate roles={['admin']} className="ranking">
      <View className="section">
        <MonthSwitch
          month={month}
          onChange={(m) => {
            setMonth(m);
            setChosen(undefined);
          }}
        />
      </View>
      {loading && !data ? (
        <View className="section">
          <Loading text="正在统计…" />
        </View>
      ) : error || !ranking || !figures || !scheme ? (
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      ) : (
        <>
          <View className="section">
            <Text className="ranking__title">
              {ranking.scopeName} · {monthLabel(month)}星级排名
            </Text>
            <Text className="muted ranking__note">
              一星到五星分别要 {ranking.thresholds.join('、')} 分。点网格查看每一笔积分。
            </Text>
            <RankList items={ranking.items} chosen={chosen} onChoose={setChosen} />
          </View>
          {chosen && (
            <View className="section">
              <GridDetail gridId={chosen} month={month} items={scheme.scheme.handItems} onScored={reload} />
            </View>
          )}
          <View className="section">
            <Text className="ranking__title">{monthLabel(month)}网格事件</Text>
            <EventFigures figures={figures} />
          </View>
        </>
      )}
    </StaffGate>
  );
}
