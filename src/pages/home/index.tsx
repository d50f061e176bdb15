import { Text, View } from '@tarojs/components';
import { MediatorList } from '@/components/MediatorList';
import { PageShell } from '@/components/PageShell';
import { isStaff, StaffWork } from '@/components/StaffWork';
import { useTabRole } from '@/hooks/useTabRole';
import { EntryGrid } from './components/EntryGrid';
import { HomeHeader } from './components/HomeHeader';
import { LatestNotices } from './components/LatestNotices';
import './index.scss';

/** 首页: the resident's three doors (staff get the doors to their own work instead), notices, mediators. */
export default function Home() {
  const role = useTabRole().data?.role;
  return (
    <PageShell className="home">
      <HomeHeader />
      {role && isStaff(role) ? <StaffWork role={role} /> : <EntryGrid />}
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
