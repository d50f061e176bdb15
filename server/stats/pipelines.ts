import { CHINA_OFFSET_MS } from './months';
import { reportAccumulators, reportProjection } from './report-counters';

type Stage = Record<string, unknown>;

/** The grouping of a breakdown: by month for the dashboard's edges, by day when rebuilding rollups. */
export type PeriodFormat = '%Y-%m' | '%Y-%m-%d';

/** The month (or day) of a time in China time, computed by the database: a date from epoch ms, shifted. */
export const periodOf = (field: string, format: PeriodFormat) => ({
  $dateToString: { format, date: { $add: [new Date(0), { $add: [field, CHINA_OFFSET_MS] }] } },
});

/** States in which a case has reached mediation; a closed case has if its timeline shows the start. */
const MEDIATION_STATES = ['in_mediation', 'mediated_success', 'mediation_failed'];

/**
 * The common key of every breakdown: one group per type x town x village x month (or day), folded in the
 * function. Places are the node ids of the record's `area` (server/areas), '' where it has none.
 */
const groupKey = { t: '$disputeType', w: '$town', v: '$village', m: '$month' };

/** The town and village of a record's `area`, '' for what it does not know. */
const placeFields = {
  town: { $ifNull: ['$area.townId', ''] },
  village: { $ifNull: ['$area.villageId', ''] },
};

/** The leading filter, built by the caller with the SDK's commands so the database can use its indexes. */
export type MatchStage = { $match: Record<string, unknown> };

/**
 * Consultations recorded in the period, grouped by type, village and month: how many, and how many were
 * prevented (closed as `advice` with no case made from them; the $lookup finds such cases by
 * `fromConsultationId`). A few hundred groups come back however many consultations there are.
 */
export function consultationStages(match: MatchStage, format: PeriodFormat = '%Y-%m'): Stage[] {
  return [
    match,
    { $lookup: { from: 'cases', localField: '_id', foreignField: 'fromConsultationId', as: 'madeCases' } },
    {
      $project: {
        disputeType: 1,
        ...placeFields,
        month: periodOf('$createdAt', format),
        prevented: {
          $cond: [
            {
              $and: [
                { $eq: ['$status', 'closed'] },
                { $eq: ['$outcome', 'advice'] },
                { $eq: [{ $size: '$madeCases' }, 0] },
              ],
            },
            1,
            0,
          ],
        },
      },
    },
    { $group: { _id: groupKey, n: { $sum: 1 }, prevented: { $sum: '$prevented' } } },
  ];
}

/**
 * Cases recorded in the period, grouped the same way: how many, reached mediation, with an agreement, and
 * the counters of the report table.
 */
export function caseStages(match: MatchStage, format: PeriodFormat = '%Y-%m'): Stage[] {
  return [
    match,
    {
      $project: {
        disputeType: 1,
        ...placeFields,
        month: periodOf('$createdAt', format),
        mediated: {
          $cond: [
            {
              $or: [
                { $in: ['$state', MEDIATION_STATES] },
                {
                  $and: [
                    { $eq: ['$state', 'closed'] },
                    { $in: ['start', { $ifNull: ['$timeline.event', []] }] },
                  ],
                },
              ],
            },
            1,
            0,
          ],
        },
        succeeded: { $cond: [{ $ifNull: ['$agreement', false] }, 1, 0] },
        ...reportProjection(),
      },
    },
    {
      $group: {
        _id: groupKey,
        n: { $sum: 1 },
        mediated: { $sum: '$mediated' },
        succeeded: { $sum: '$succeeded' },
        ...reportAccumulators(),
      },
    },
  ];
}

/** Legal-aid applications submitted in the period, by where they stand. */
export function legalAidStages(match: MatchStage): Stage[] {
  return [match, { $group: { _id: '$status', n: { $sum: 1 } } }];
}

/** Legal-aid applications submitted in the period, by place, day and status: the rollups' truth. */
export function legalAidByDayStages(match: MatchStage): Stage[] {
  return [
    match,
    { $project: { status: 1, ...placeFields, d: periodOf('$submittedAt', '%Y-%m-%d') } },
    { $group: { _id: { s: '$status', w: '$town', v: '$village', d: '$d' }, n: { $sum: 1 } } },
  ];
}
