import type { AreaRef } from '@contracts/area/models';
import { CHINA_OFFSET_MS } from './months';
import type { MatchStage, PeriodFormat } from './pipelines';
import { dayKey, type Figure, placeOf } from './rollups';

/**
 * Disputes grid workers find on patrol count as 排查 in the mediation statistics (issue 14): one each, on
 * the day reported, under their own line of the breakdown by type (they carry no mediation category until
 * they become a case, which then counts as a case). Other events, and residents' reports, are not
 * mediation figures. The counter lives in the same rollups as the rest (`patrols`), so the dashboard,
 * the export and the rebuild read it the same way.
 */
export const PATROL_TYPE = '网格巡查发现';

/** Patrol disputes of one type line, town, village and month (or day). */
export interface PatrolGroup {
  _id: { t?: string; w?: string; v?: string; m?: string };
  n: number;
}

export interface PatrolFigureFields {
  createdAt: number;
  type: string;
  reporterRole: string;
  /** Where the event's point fell in the tree: the rollups count it at its town and village. */
  area?: AreaRef;
}

/** The figure of a grid event: a patrol dispute counts once; anything else is null (moves nothing). */
export function patrolFigure(e: PatrolFigureFields): Figure | null {
  if (e.type !== 'dispute' || e.reporterRole !== 'grid_worker') return null;
  return { day: dayKey(e.createdAt), ...placeOf(e.area), type: PATROL_TYPE, counts: { patrols: 1 } };
}

/**
 * Patrol disputes reported in the period (`match` on createdAt and, when asked, the area), by town and
 * village node, type line and month (or day): the records' truth for the dashboard's edges and the rebuild.
 */
export function patrolStages(match: MatchStage, format: PeriodFormat): Record<string, unknown>[] {
  return [
    match,
    { $match: { type: 'dispute', reporterRole: 'grid_worker' } },
    {
      $project: {
        town: { $ifNull: ['$area.townId', ''] },
        village: { $ifNull: ['$area.villageId', ''] },
        month: {
          $dateToString: { format, date: { $add: [new Date(0), { $add: ['$createdAt', CHINA_OFFSET_MS] }] } },
        },
      },
    },
    { $group: { _id: { t: PATROL_TYPE, w: '$town', v: '$village', m: '$month' }, n: { $sum: 1 } } },
  ];
}
