import type { StatsFigures } from '@contracts/admin/stats';
import { monthKey, monthsOf } from './months';

/** A rate as the bureau writes it: 87.5%, 100%, never 100.0%. */
export function percent(rate: number): string {
  return `${Number.isInteger(rate) ? rate : rate.toFixed(1)}%`;
}

/**
 * The report in the bureau's own style. A period of exactly one month reads "2026年3月，本月共排查…"; any
 * other period names its months and says 本期.
 */
export function monthlyReport(period: { from: number; to: number; area?: string }, f: StatsFigures): string {
  const months = monthsOf(period.from, period.to);
  const label = (key: string) => `${key.slice(0, 4)}年${Number(key.slice(5))}月`;
  const single = months.length === 1;
  const when = single ? label(months[0]!) : `${label(months[0]!)}至${label(monthKey(period.to - 1))}`;
  const where = period.area ? `${period.area}` : '';
  const scope = single ? '本月' : '本期';
  return (
    `${when}${where ? `，${where}` : ''}，${scope}共排查纠纷${f.screened}件，预防纠纷${f.prevented}件，` +
    `调解纠纷${f.mediated}件，调解成功${f.succeeded}件，调解成功率${percent(f.successRate)}。`
  );
}
