import type { ScreenedTarget } from '@contracts/plain/team';
import type { VisitRecord } from '@contracts/team/models';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { useAsync } from '@/hooks/useAsync';
import { errorText } from '@/services/errors';
import { visitApi } from '@/services/visit';
import { RecordForm } from './components/RecordForm';
import { RecordList } from './components/RecordList';
import '@/styles/case-pages.scss';
import './index.scss';

/**
 * 走访记录: during an open visit the member writes down what they did; a screened dispute becomes a
 * consultation or a mediation case with one tap, filled in from the record. Signing out is on the check-in
 * page, with its location and photo.
 */
export default function VisitPage() {
  const load = useCallback(() => visitApi.current(), []);
  const { data, error, loading, reload } = useAsync(load);
  const [records, setRecords] = useState<VisitRecord[] | null>(null);
  const [notice, setNotice] = useState('');
  const shownRecords = records ?? data?.records ?? [];

  const turn = async (record: VisitRecord, to: ScreenedTarget) => {
    setNotice('');
    try {
      const made = await visitApi.screenedToCase(record.id, to);
      setRecords(shownRecords.map((r) => (r.id === record.id ? made.record : r)));
      setNotice(`已转为${made.linked.label}`);
    } catch (e) {
      setNotice(errorText(e));
    }
  };

  if (loading && !data)
    return (
      <PageShell>
        <Loading />
      </PageShell>
    );
  if (error && !data)
    return (
      <PageShell>
        <ErrorBlock error={error} onRetry={reload} />
      </PageShell>
    );
  const visit = data?.visit;
  if (!visit) {
    return (
      <PageShell className="visit">
        <Empty text="现在没有正在进行的走访，请先签到" />
      </PageShell>
    );
  }
  return (
    <PageShell className="visit">
      <View className="section">
        <Text className="visit__title">{visit.villageName} 走访记录</Text>
        {notice && <Text className="banner banner--ok">{notice}</Text>}
        <RecordList records={shownRecords} onTurn={turn} />
      </View>
      <View className="section">
        <RecordForm visitId={visit.id} onSaved={(r) => setRecords([...shownRecords, r])} />
      </View>
      <View className="section">
        <Button className="btn btn--ghost btn--block" onClick={() => Taro.navigateBack()}>
          做完了，去签退
        </Button>
      </View>
    </PageShell>
  );
}
