import type { GridLedger } from '@contracts/grid/points';
import { pointCauseLabels } from '@contracts/grid/points';
import type { AreaDoc } from '../../areas/store';
import { Collections } from '../../collections';
import { command } from '../../db';
import { aggregate } from '../../stats/aggregate';
import { rowsOfMonth } from './ledger';
import { causeTotalsOf } from './ranking';
import { loadScheme } from './scheme';
import { starsOf } from './score';

/** The twelve months up to `month`, newest first. */
export function monthsBack(month: string, n = 12): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * A grid's month as its worker and the bureau read it: every row with its reason, the totals per cause,
 * the stars, and the twelve months up to it (those with rows) for the trend.
 */
export async function gridLedger(grid: AreaDoc, month: string): Promise<GridLedger> {
  const [{ scheme }, rows, months] = await Promise.all([
    loadScheme(),
    rowsOfMonth(grid._id, month),
    aggregate<{ _id: string; p: number }>(Collections.gridPoints, [
      { $match: { gridId: grid._id, month: command().in(monthsBack(month)) } },
      { $group: { _id: '$month', p: { $sum: '$points' } } },
    ]),
  ]);
  const points = rows.reduce((s, r) => s + r.points, 0);
  return {
    gridId: grid._id,
    gridName: grid.name,
    month,
    points,
    stars: starsOf(points, scheme.thresholds),
    rows: rows.map((r) => ({
      id: r._id,
      at: r.at,
      cause: r.cause,
      causeLabel: pointCauseLabels[r.cause],
      text: r.text,
      points: r.points,
      ...(r.source.eventNumber ? { eventNumber: r.source.eventNumber } : {}),
    })),
    causes: causeTotalsOf(rows.map((r) => ({ c: r.cause, p: r.points, n: 1 }))),
    history: months
      .map((g) => ({ month: g._id, points: g.p, stars: starsOf(g.p, scheme.thresholds) }))
      .sort((a, b) => b.month.localeCompare(a.month)),
  };
}
