import { Text, View } from '@tarojs/components';

export default function Home() {
  return (
    <View>
      <Text>首页</Text>
    </View>
  );
}
