import { starText } from '@contracts/plain/grid-points';
import { Text, View } from '@tarojs/components';
import './index.scss';

/** A grid's month at a glance: its name, the stars (★★★☆☆ and in words) and the points. */
export function StarHead({ name, stars, points }: { name: string; stars: number; points: number }) {
  return (
    <View className="star-head card">
      <Text className="star-head__name">{name}</Text>
      <Text className="star-head__stars" aria-label={`${stars}星`}>
        {starText(stars)}
      </Text>
      <Text className="star-head__words">{stars > 0 ? `${stars}星网格` : '未达到一星'}</Text>
      <View>
        <Text className="star-head__points">{points}</Text>
        <Text className="star-head__unit">分</Text>
      </View>
    </View>
  );
}
