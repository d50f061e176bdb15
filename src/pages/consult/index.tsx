import { Text, View } from '@tarojs/components';
import { MediatorInbox } from '@/components/MediatorInbox';
import { PageShell } from '@/components/PageShell';
import { isStaff, StaffWork } from '@/components/StaffWork';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { useTabRole } from '@/hooks/useTabRole';
import { ResidentConsult } from './components/ResidentConsult';
import './index.scss';

/**
 * The second tab leads each role to its own work: a resident asks and follows their consultations, a
 * mediator answers from their inbox, the officer and the admin get the doors to their queue and console.
 */
export default function Consult() {
  const { data: me, error, reload } = useTabRole();
  if (!me)
    return <PageShell>{error ? <ErrorBlock error={error} onRetry={reload} /> : <Loading />}</PageShell>;
  if (!isStaff(me.role)) return <ResidentConsult />;
  return (
    <PageShell className="consult">
      {me.role === 'mediator' && (
        <View className="section">
          <View className="section__head">
            <Text className="section__title">居民咨询</Text>
          </View>
          <MediatorInbox />
        </View>
      )}
      <StaffWork role={me.role} />
    </PageShell>
  );
}
