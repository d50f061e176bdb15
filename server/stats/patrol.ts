import { Collections } from '../collections';
import { CHINA_OFFSET_MS } from './months';
import type { MatchStage, PeriodFormat } from './pipelines';
import { dayKey, type Figure } from './rollups';

/**
 * Disputes grid workers find on patrol count as 排查 in the mediation statistics (issue 14): one each, on
 * the day reported, under their own line of the breakdown by type (they carry no mediation category until
 * they become a case, which then counts as a case). Other events, and residents' reports, are not
 * mediation figures. The counter lives in the same rollups as the rest (`patrols`), so the dashboard,
 * the export and the rebuild read it the same way.
 */
export const PATROL_TYPE = '网格巡查发现';

/** Patrol disputes of one type line, village and month (or day). */
export interface PatrolGroup {
  _id: { t?: string; v?: string; m?: string };
  n: number;
}

export interface PatrolFigureFields {
  createdAt: number;
  type: string;
  reporterRole: string;
}

/** The figure of a grid event: a patrol dispute counts once; anything else is null (moves nothing). */
export function patrolFigure(e: PatrolFigureFields, villageName: string): Figure | null {
  if (e.type !== 'dispute' || e.reporterRole !== 'grid_worker') return null;
  return { day: dayKey(e.createdAt), village: villageName, type: PATROL_TYPE, counts: { patrols: 1 } };
}

/**
 * Patrol disputes reported in the period (`match` on createdAt), by village name, type line and month (or
 * day): the records' truth for the dashboard's edges and the rebuild. The village is named from the tree
 * node the event's point fell in, as the rollups of the other records are keyed by the village's name.
 */
export function patrolStages(
  match: MatchStage,
  format: PeriodFormat,
  village?: string,
): Record<string, unknown>[] {
  return [
    match,
    { $match: { type: 'dispute', reporterRole: 'grid_worker' } },
    {
      $lookup: {
        from: Collections.areas,
        localField: 'area.villageId',
        foreignField: '_id',
        as: 'villageNode',
      },
    },
    {
      $project: {
        village: { $ifNull: [{ $arrayElemAt: ['$villageNode.name', 0] }, ''] },
        month: {
          $dateToString: { format, date: { $add: [new Date(0), { $add: ['$createdAt', CHINA_OFFSET_MS] }] } },
        },
      },
    },
    ...(village ? [{ $match: { village } }] : []),
    { $group: { _id: { t: PATROL_TYPE, v: '$village', m: '$month' }, n: { $sum: 1 } } },
  ];
}
