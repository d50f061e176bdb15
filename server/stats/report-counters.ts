import { type CaseSource, caseSources, DEFAULT_PEOPLE, majorBandOf } from '@contracts/plain/report';
import type { Counts } from './rollups';

/**
 * The counters of the bureau's report table that a case adds to its rollups, next to `cases`, `mediated` and
 * `succeeded`. The names are the rollups' counter names and the pipelines' group fields alike, so the rebuild,
 * the edges of a period and the rollups read them the same way.
 */
export const reportCounters = [
  'amount',
  'people',
  'band50',
  'band100',
  'band500',
  'criminalCases',
  'criminalPeople',
  'petitionCases',
  'petitionPeople',
  'fromScreening',
  'fromApplication',
  'fromReferral',
] as const;
export type ReportCounter = (typeof reportCounters)[number];

export const sourceCounter: Record<CaseSource, ReportCounter> = {
  screening: 'fromScreening',
  application: 'fromApplication',
  referral: 'fromReferral',
};

/** The stored fields of a case the report counters read. */
export interface CaseReportFields {
  source?: CaseSource;
  agreement?: unknown;
  report?: {
    agreementAmount?: number;
    peopleInvolved: number;
    preventedCriminal?: number;
    preventedPetition?: number;
  };
}

/**
 * A case's report counters: the agreement amount once there is an agreement, the people involved (two until
 * recorded) and their band, the prevention figures as one case and its people, and one under its source.
 */
export function caseReportCounts(c: CaseReportFields): Counts {
  const people = c.report?.peopleInvolved ?? DEFAULT_PEOPLE;
  const band = majorBandOf(people);
  const counts: Counts = {
    amount: c.agreement ? (c.report?.agreementAmount ?? 0) : 0,
    people,
    [sourceCounter[c.source ?? 'application']]: 1,
  };
  if (band) counts[`band${band}`] = 1;
  if (c.report?.preventedCriminal) {
    counts.criminalCases = 1;
    counts.criminalPeople = c.report.preventedCriminal;
  }
  if (c.report?.preventedPetition) {
    counts.petitionCases = 1;
    counts.petitionPeople = c.report.preventedPetition;
  }
  return counts;
}

/** The same counters computed by the database, one field per counter, for caseStages' `$project`. */
export function reportProjection(): Record<ReportCounter, unknown> {
  const people = { $ifNull: ['$report.peopleInvolved', DEFAULT_PEOPLE] };
  const between = (lo: number, hi?: number) => ({
    $cond: [{ $and: [{ $gte: [people, lo] }, ...(hi ? [{ $lt: [people, hi] }] : [])] }, 1, 0],
  });
  const source = (s: CaseSource) => ({
    $cond: [{ $eq: [{ $ifNull: ['$source', 'application'] }, s] }, 1, 0],
  });
  const prevented = (field: string, value: unknown) => ({
    $cond: [{ $gt: [{ $ifNull: [`$report.${field}`, 0] }, 0] }, value, 0],
  });
  return {
    amount: { $cond: [{ $ifNull: ['$agreement', false] }, { $ifNull: ['$report.agreementAmount', 0] }, 0] },
    people,
    band50: between(50, 100),
    band100: between(100, 500),
    band500: between(500),
    criminalCases: prevented('preventedCriminal', 1),
    criminalPeople: prevented('preventedCriminal', '$report.preventedCriminal'),
    petitionCases: prevented('preventedPetition', 1),
    petitionPeople: prevented('preventedPetition', '$report.preventedPetition'),
    fromScreening: source(caseSources[0]),
    fromApplication: source(caseSources[1]),
    fromReferral: source(caseSources[2]),
  };
}

/** The `$group` accumulators summing every counter. */
export const reportAccumulators = (): Record<ReportCounter, unknown> =>
  Object.fromEntries(reportCounters.map((name) => [name, { $sum: `$${name}` }])) as Record<
    ReportCounter,
    unknown
  >;

/** The report counters of a group or a rollup, zeros included. */
export const reportCountsOf = (
  source: Partial<Record<ReportCounter, number>>,
): Record<ReportCounter, number> =>
  Object.fromEntries(reportCounters.map((name) => [name, source[name] ?? 0])) as Record<
    ReportCounter,
    number
  >;
