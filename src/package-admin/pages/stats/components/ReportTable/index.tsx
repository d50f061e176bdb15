import type { ReportTable as Table } from '@contracts/admin/stats';
import { REPORT_HEADINGS, reportCells } from '@contracts/plain/report';
import { ScrollView, Text, View } from '@tarojs/components';
import './index.scss';

/** 36,000: thousands grouped by hand, since the phones' JavaScript engines differ in toLocaleString. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function Row({ cells, kind }: { cells: (string | number)[]; kind?: 'head' | 'total' }) {
  return (
    <View className={`rtable__row${kind ? ` rtable__row--${kind}` : ''}`}>
      {cells.map((cell, i) => (
        <Text key={REPORT_HEADINGS[i]} className={`rtable__cell${i === 0 ? ' rtable__cell--key' : ''}`}>
          {typeof cell === 'number' ? grouped(cell) : cell}
        </Text>
      ))}
    </View>
  );
}

/**
 * The bureau's monthly report table (人民调解案件统计表) in the ministry's shape: a row per national type and
 * the total, fifteen columns that scroll sideways on a phone; the export has the same columns.
 */
export function ReportTable({ table }: { table: Table }) {
  return (
    <View className="card rtable">
      <Text className="section__title">人民调解案件统计表</Text>
      <Text className="muted">左右滑动查看全部列；重大纠纷按涉及人数分档</Text>
      <ScrollView scrollX className="rtable__scroll">
        <View className="rtable__grid">
          <Row cells={REPORT_HEADINGS} kind="head" />
          {table.rows.map((r) => (
            <Row key={r.type} cells={reportCells(r)} />
          ))}
          <Row cells={reportCells(table.total)} kind="total" />
        </View>
      </ScrollView>
    </View>
  );
}
