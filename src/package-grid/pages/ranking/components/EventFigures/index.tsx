import type { FigureRow, GridFigures } from '@contracts/grid/figures';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import './index.scss';

const rate = (value: number, due: number) => (due > 0 ? `${value}%` : '—');

const breakdowns = [
  { key: 'byGrid', label: '按网格' },
  { key: 'byCommunity', label: '按村（社区）' },
  { key: 'byUnit', label: '按处置单位' },
  { key: 'byType', label: '按类型' },
] as const;

/** One line of a breakdown: received, 立案, 结案 and the two rates. */
function Line({ row }: { row: FigureRow }) {
  return (
    <View className="ev-figures__line">
      <Text className="ev-figures__what">{row.label}</Text>
      <Text className="ev-figures__nums">
        上报{row.received} 立案{row.filed} 结案{row.closed}/{row.due} · 结案率{rate(row.closeRate, row.due)} ·
        按期
        {rate(row.onTimeRate, row.due)}
      </Text>
    </View>
  );
}

/**
 * The month's grid-event figures as the bureau reports them: the big numbers first (结案率 and 按期结案率
 * are what a street is judged by), then one breakdown at a time.
 */
export function EventFigures({ figures }: { figures: GridFigures }) {
  const [by, setBy] = useState<(typeof breakdowns)[number]['key']>('byGrid');
  const t = figures.total;
  const big = [
    { label: '上报事件', value: `${t.received}`, unit: '件' },
    { label: '立案数', value: `${t.filed}`, unit: '件' },
    { label: '派遣', value: `${t.dispatched}`, unit: '件' },
    { label: '应结案数', value: `${t.due}`, unit: '件' },
    { label: '结案数', value: `${t.closed}`, unit: '件' },
    { label: '按期结案', value: `${t.onTime}`, unit: '件' },
    { label: '结案率', value: rate(t.closeRate, t.due), unit: '' },
    { label: '按期结案率', value: rate(t.onTimeRate, t.due), unit: '' },
  ];
  const rows = figures[by].filter((r) => r.received > 0);
  return (
    <View className="ev-figures">
      <View className="ev-figures__big">
        {big.map((f) => (
          <View key={f.label} className="ev-figures__item card">
            <Text className="ev-figures__label">{f.label}</Text>
            <Text className="ev-figures__value">
              {f.value}
              {f.unit}
            </Text>
          </View>
        ))}
      </View>
      <View className="ev-figures__tabs">
        {breakdowns.map((b) => (
          <Text
            key={b.key}
            className={`ev-figures__tab ${by === b.key ? 'ev-figures__tab--on' : ''}`}
            onClick={() => setBy(b.key)}
          >
            {b.label}
          </Text>
        ))}
      </View>
      <View className="card">
        {rows.length > 0 ? (
          rows.map((r) => <Line key={r.key} row={r} />)
        ) : (
          <Text className="muted">本月没有事件</Text>
        )}
      </View>
    </View>
  );
}
