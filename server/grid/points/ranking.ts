import type { GridRank, PointCause } from '@contracts/grid/points';
import { pointCauseLabels, pointCauses } from '@contracts/grid/points';
import type { Scope } from '../../areas/scope';
import { scopeWhere } from '../../areas/scope';
import type { AreaDoc } from '../../areas/store';
import { Collections } from '../../collections';
import { command, findMany } from '../../db';
import type { UserDoc } from '../../models';
import { aggregate } from '../../stats/aggregate';
import { starsOf } from './score';

/** The sum and number of a grid's rows of one cause in a month, as the ledger's aggregation answers. */
export interface CauseGroup {
  _id: { g: string; c: PointCause };
  p: number;
  n: number;
}

/** Per grid and cause, the points of a month within a scope condition: one round trip, however many rows. */
export function causeGroups(month: string, scope: Scope): Promise<CauseGroup[]> {
  return aggregate<CauseGroup>(Collections.gridPoints, [
    { $match: { month, ...scopeWhere(scope, 'area') } },
    { $group: { _id: { g: '$gridId', c: '$cause' }, p: { $sum: '$points' }, n: { $sum: 1 } } },
  ]);
}

/** Every grid of the tree within a scope (a grid without rows still ranks, with 0 points). */
export function gridsIn(scope: Scope): Promise<AreaDoc[]> {
  return findMany<AreaDoc>(
    Collections.areas,
    { level: 'grid', ...scopeWhere(scope, 'ref') },
    { limit: 1000 },
  );
}

/** The grid workers serving these grids, by grid id. */
export async function workersOf(gridIds: string[]): Promise<Map<string, UserDoc>> {
  if (gridIds.length === 0) return new Map();
  const users = await findMany<UserDoc>(
    Collections.users,
    { role: 'grid_worker', scopeAreaId: command().in(gridIds) },
    { limit: 1000 },
  );
  return new Map(users.map((u) => [u.scopeAreaId ?? '', u]));
}

/** The cause totals of one grid in the scheme's cause order, only causes it has. */
export function causeTotalsOf(groups: { c: PointCause; p: number; n: number }[]) {
  return pointCauses
    .map((cause) => {
      const mine = groups.filter((g) => g.c === cause);
      return {
        cause,
        label: pointCauseLabels[cause],
        count: mine.reduce((s, g) => s + g.n, 0),
        points: mine.reduce((s, g) => s + g.p, 0),
      };
    })
    .filter((t) => t.count > 0);
}

/**
 * Ranks grids by their month's points, most first; equal points share a rank (1, 2, 2, 4) and are listed
 * by name. Stars follow from the points and the scheme's thresholds in force now.
 */
export function rankGrids(
  month: string,
  grids: AreaDoc[],
  groups: CauseGroup[],
  thresholds: readonly number[],
  workers: Map<string, UserDoc>,
): GridRank[] {
  const rows = grids.map((g) => {
    const own = groups.filter((x) => x._id.g === g._id).map((x) => ({ c: x._id.c, p: x.p, n: x.n }));
    const points = own.reduce((s, x) => s + x.p, 0);
    const worker = workers.get(g._id);
    return {
      month,
      points,
      stars: starsOf(points, thresholds),
      rank: 0,
      gridId: g._id,
      gridName: g.name,
      fullName: g.fullName,
      ...(worker ? { workerName: worker.nickname } : {}),
      causes: causeTotalsOf(own),
    };
  });
  rows.sort((a, b) => b.points - a.points || a.gridName.localeCompare(b.gridName, 'zh'));
  rows.forEach((r, i) => {
    r.rank = i > 0 && rows[i - 1].points === r.points ? rows[i - 1].rank : i + 1;
  });
  return rows;
}
