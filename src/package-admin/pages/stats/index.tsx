import type { Dashboard } from '@contracts/admin/stats';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { ErrorBlock, Loading } from '@/components/StatusBlock';
import { SubmitButton } from '@/components/SubmitButton';
import { useSubmit } from '@/hooks/useSubmit';
import { deliverDocument } from '@/services/documents';
import { errorText } from '@/services/errors';
import { statsApi } from '@/services/stats';
import { AdminGate } from '../../components/AdminGate';
import { BarChart } from '../../components/BarChart';
import { ChoiceChips } from '../../components/ChoiceChips';
import { Figures } from './components/Figures';
import { ReportBox } from './components/ReportBox';
import { ReportTable } from './components/ReportTable';
import {
  monthOf,
  monthPeriod,
  type Period,
  type QuickPeriod,
  quickPeriod,
  quickPeriodLabels,
  quickPeriods,
} from './period';
import { useDashboard } from './useDashboard';
import './index.scss';

const rows = (list: Dashboard['byType']) => list.map((r) => ({ label: r.key, value: r.screened }));

function Charts({ data }: { data: Dashboard }) {
  return (
    <>
      <View className="section card stats__block">
        <Text className="section__title">按纠纷类型（排查）</Text>
        <BarChart bars={rows(data.byType)} />
      </View>
      <View className="section card stats__block">
        <Text className="section__title">按村（社区）（排查）</Text>
        <BarChart bars={rows(data.byVillage)} />
      </View>
      <View className="section card stats__block">
        <Text className="section__title">按月份（调解成功/调解）</Text>
        <BarChart bars={data.byMonth.map((m) => ({ label: m.key, value: m.mediated, inner: m.succeeded }))} />
      </View>
      <View className="section card stats__block">
        <Text className="section__title">法律援助申请</Text>
        {data.legalAid.length > 0 ? (
          <BarChart bars={data.legalAid.map((a) => ({ label: a.label, value: a.count }))} />
        ) : (
          <Text className="muted">本期没有法律援助申请</Text>
        )}
      </View>
    </>
  );
}

/** The bureau's figures for a period and village: five numbers, bars, the report text and an export. */
export default function StatsPage() {
  const [quick, setQuick] = useState<QuickPeriod | undefined>('thisMonth');
  const [period, setPeriod] = useState<Period>(quickPeriod('thisMonth'));
  const [area, setArea] = useState<string | undefined>(undefined);
  const [areas, setAreas] = useState<string[]>([]);
  const { busy: exporting, run: guarded } = useSubmit();
  const { data, error, loading, reload } = useDashboard(period.from, period.to, area);

  // The village list comes from the county-wide figures; a filtered view must not shrink it.
  useEffect(() => {
    if (data && !area) setAreas(data.byVillage.map((v) => v.key).filter((k) => k !== '未填写'));
  }, [data, area]);

  const choose = (q: QuickPeriod) => {
    setQuick(q);
    setPeriod(quickPeriod(q));
  };
  /** The .xlsx opens on the phone; a browser may also take the CSV, for other tools. */
  const exportTable = (kind: 'xlsx' | 'csv') =>
    guarded(async () => {
      try {
        const input = { from: period.from, to: period.to, area };
        const file = await (kind === 'xlsx' ? statsApi.exportXlsx(input) : statsApi.exportCsv(input));
        const said = await deliverDocument(file);
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
    <AdminGate className="stats">
      <View className="section">
        <ChoiceChips
          options={quickPeriods}
          labels={quickPeriodLabels}
          value={quick ? [quick] : []}
          onToggle={choose}
        />
        <View className="stats__pickers">
          <Picker
            mode="date"
            fields="month"
            value={monthOf(period.from)}
            onChange={(e) => {
              setQuick(undefined);
              setPeriod(monthPeriod(e.detail.value.slice(0, 7)));
            }}
          >
            <Text className="stats__pick">{period.label} ▾</Text>
          </Picker>
          <Picker
            mode="selector"
            range={['全部村（社区）', ...areas]}
            onChange={(e) => setArea(areas[Number(e.detail.value) - 1])}
          >
            <Text className="stats__pick">{area ?? '全部村（社区）'} ▾</Text>
          </Picker>
        </View>
      </View>
      {loading && !data ? (
        <View className="section">
          <Loading text="正在统计…" />
        </View>
      ) : error || !data ? (
        <View className="section">
          <ErrorBlock error={error} onRetry={reload} />
        </View>
      ) : (
        <>
          <View className="section">
            <Figures figures={data.figures} />
          </View>
          <View className="section">
            <ReportBox report={data.report} />
          </View>
          <View className="section">
            <ReportTable table={data.reportTable} />
          </View>
          <Charts data={data} />
          <View className="section">
            <SubmitButton busy={exporting} busyText="正在导出…" onClick={() => exportTable('xlsx')}>
              导出 Excel 表格
            </SubmitButton>
            {process.env.TARO_ENV === 'h5' && (
              <SubmitButton
                busy={exporting}
                kind="plain"
                busyText="正在导出…"
                onClick={() => exportTable('csv')}
              >
                导出 CSV（其他软件用）
              </SubmitButton>
            )}
            <Text className="muted stats__note">
              按登记时间统计；排查含咨询和案件，预防为经建议化解且未转为案件的咨询。
            </Text>
          </View>
        </>
      )}
    </AdminGate>
  );
}
