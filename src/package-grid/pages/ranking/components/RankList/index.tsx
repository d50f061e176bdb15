import type { GridRank } from '@contracts/grid/points';
import { starText } from '@contracts/plain/grid-points';
import { Text, View } from '@tarojs/components';
import './index.scss';

/** The grids by points, rank and stars first; tapping one opens its points. */
export function RankList({
  items,
  chosen,
  onChoose,
}: {
  items: GridRank[];
  chosen?: string;
  onChoose: (gridId: string) => void;
}) {
  return (
    <View className="rank-list card">
      {items.map((g) => (
        <View
          key={g.gridId}
          className={`rank-list__row ${chosen === g.gridId ? 'rank-list__row--on' : ''}`}
          onClick={() => onChoose(g.gridId)}
        >
          <Text className="rank-list__rank">{g.rank}</Text>
          <View className="rank-list__who">
            <Text className="rank-list__name">{g.gridName}</Text>
            <Text className="rank-list__stars" aria-label={`${g.stars}星`}>
              {starText(g.stars)}
            </Text>
            <Text className="muted">{g.workerName ? `网格员 ${g.workerName}` : '未配网格员'}</Text>
          </View>
          <Text className="rank-list__points">{g.points}分</Text>
        </View>
      ))}
    </View>
  );
}
