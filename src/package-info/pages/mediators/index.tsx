import { View } from '@tarojs/components';
import { MediatorList } from '@/components/MediatorList';
import { PageShell } from '@/components/PageShell';

/** Every mediator, filterable by the kind of dispute they handle. */
export default function Mediators() {
  return (
    <PageShell>
      <View className="section">
        <MediatorList />
      </View>
    </PageShell>
  );
}
