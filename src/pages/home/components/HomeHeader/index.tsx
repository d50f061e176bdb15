import { Text, View } from '@tarojs/components';
import './index.scss';

/** A warm welcome that says in one line what the app is for. */
export function HomeHeader() {
  return (
    <View className="home-header">
      <Text className="home-header__title">掌上调解室</Text>
      <Text className="home-header__sub">家里事、邻里事，有矛盾找调解，不出村就能办</Text>
    </View>
  );
}
