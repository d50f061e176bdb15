import { Text, View } from '@tarojs/components';
import { MediatorList } from '@/components/MediatorList';
import { PageShell } from '@/components/PageShell';
import { EntryGrid } from './components/EntryGrid';
import { HomeHeader } from './components/HomeHeader';
import { LatestNotices } from './components/LatestNotices';
import './index.scss';

export default function Home() {
  return (
    <PageShell className="home">
      <HomeHeader />
      <EntryGrid />
      <LatestNotices />
      <View className="section">
        <View className="section__head">
          <Text className="section__title">找调解员</Text>
        </View>
        <MediatorList />
      </View>
    </PageShell>
  );
}
