import type { Compliance } from '@contracts/team/ledger-views';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useAsync } from '@/hooks/useAsync';
import { useSubmit } from '@/hooks/useSubmit';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import { teamApi } from '@/services/team';
import { TeamGate } from '../../components/TeamGate';
import { ComplianceRows } from './components/ComplianceRows';
import './index.scss';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const monthWords = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

function Summary({ data }: { data: Compliance }) {
  const behind = data.rows.filter((r) => !r.met).length;
  const review = data.rows.reduce((n, r) => n + r.needReview, 0);
  return (
    <View className="card compliance__summary">
      <Text className="compliance__figure">{`${data.rows.length - behind}人次达标`}</Text>
      <Text className="compliance__figure compliance__due">{`${behind}人次落后`}</Text>
      <Text className="compliance__figure">{`${review}次走访需复核`}</Text>
    </View>
  );
}

/** The bureau's month: who is behind and on what, by town, village and member; the export and the review. */
export default function CompliancePage() {
  const [month, setMonth] = useState(thisMonth());
  const { busy, run } = useSubmit();
  const { data, error, loading, reload } = useAsync(
    useCallback(() => teamApi.compliance({ month }), [month]),
  );
  const exportSheet = () =>
    run(async () => {
      try {
        const said = await deliverDocument(await teamApi.exportCompliance({ month }));
        if (said) Taro.showToast({ title: said, icon: 'none', duration: 3000 });
      } catch (err) {
        Taro.showModal({
          title: '导出失败',
          content: errorText(err),
          showCancel: false,
          confirmText: '知道了',
        });
      }
    });
  return (
    <TeamGate roles={['admin']} className="compliance">
      <View className="section compliance__bar">
        <Picker
          mode="date"
          fields="month"
          value={month}
          onChange={(e) => setMonth(e.detail.value.slice(0, 7))}
        >
          <Text className="compliance__pick">{monthWords(month)} ▾</Text>
        </Picker>
        <Text
          className="section__more"
          onClick={() => Taro.navigateTo({ url: `/package-team/pages/review/index?month=${month}` })}
        >
          复核签到、审核封存 ›
        </Text>
      </View>
      {loading && !data ? (
        <View className="section">
          <Loading text="正在汇总…" />
        </View>
      ) : error || !data ? (
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      ) : (
        <View className="section">
          <Text className="section__title">{`“四个至少”完成情况 · ${data.areaName.split(' / ').pop()}`}</Text>
          <Summary data={data} />
          {data.rows.length ? (
            <ComplianceRows rows={data.rows} />
          ) : (
            <Empty text="这个范围还没有任命团队成员" />
          )}
          <SubmitButton busy={busy} busyText="正在导出…" onClick={exportSheet}>
            导出 Excel 表格
          </SubmitButton>
          <SubmitButton
            kind="plain"
            busy={false}
            onClick={() => Taro.navigateTo({ url: '/package-team/pages/appoint/index' })}
          >
            任命法律顾问、新乡贤
          </SubmitButton>
        </View>
      )}
    </TeamGate>
  );
}
