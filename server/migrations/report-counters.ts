import { Collections } from '../collections';
import { command, findMany } from '../db';
import { monthStart } from '../stats/months';
import { rebuildRollups } from '../stats/rebuild';

/**
 * Rollups written before the report table counted only cases, mediated and succeeded: a month rollup with
 * cases but no `people` counter (every case counts its people, two at least) is from then. Rebuilds those
 * months from the records so the table is whole for old periods too, and answers them. Idempotent: once
 * rebuilt, no such rollup is left.
 */
export async function rebuildForReportCounters(): Promise<string[]> {
  const _ = command();
  const stale = await findMany<{ period: string }>(
    Collections.statsRollups,
    { grain: 'month', 'counts.cases': _.gt(0), 'counts.people': _.exists(false) },
    { limit: 1000 },
  );
  const months = [...new Set(stale.map((r) => r.period))].sort();
  for (const month of months) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    await rebuildRollups(monthStart(y, m), monthStart(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1));
  }
  return months;
}
