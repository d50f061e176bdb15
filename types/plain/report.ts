import type { ReportRow } from '../admin/stats';

/**
 * What the bureau's monthly report to the Ministry of Justice asks of each case beyond its type and outcome:
 * how it arrived, the agreement amount, how many people it involves (the bands of major disputes) and what
 * the mediation prevented. Labels and limits only (no zod): the mediator's form and the report table read them.
 */

/** How a case arrived: found by screening, applied for by a party, or entrusted by another body. */
export const caseSources = ['screening', 'application', 'referral'] as const;
export type CaseSource = (typeof caseSources)[number];

export const caseSourceLabels: Record<CaseSource, string> = {
  screening: '主动排查',
  application: '当事人申请',
  referral: '委托移送',
};

/** Bounds of every figure a mediator records, so no sum in a report can run away. */
export const reportLimits = {
  /** 协议金额 in whole yuan: up to one hundred million. */
  amountMax: 100_000_000,
  /** A dispute has at least its two parties. */
  peopleMin: 2,
  peopleMax: 100_000,
  deadlineWhatMax: 30,
} as const;

/** People involved when the mediator has not recorded a count: the two parties. */
export const DEFAULT_PEOPLE = 2;

/**
 * The bands of major disputes by people involved, each from its floor to the next band's: 50-99, 100-499,
 * 500 and more. A case counts in one band at most.
 */
export const majorBands = [50, 100, 500] as const;
export type MajorBand = (typeof majorBands)[number];

export const majorBandLabels: Record<MajorBand, string> = {
  50: '50-99人',
  100: '100-499人',
  500: '500人以上',
};

/** The band a count of people falls in, or undefined below the first. */
export function majorBandOf(people: number): MajorBand | undefined {
  return [...majorBands].reverse().find((floor) => people >= floor);
}

/** The columns of the bureau's report table, in the ministry's order: the page and the export alike. */
export const REPORT_HEADINGS = [
  '纠纷类型',
  '受理（件）',
  '调解成功（件）',
  '协议金额（元）',
  '涉及人数',
  `重大纠纷${majorBandLabels[50]}（件）`,
  `重大纠纷${majorBandLabels[100]}（件）`,
  `重大纠纷${majorBandLabels[500]}（件）`,
  '防止民间纠纷转化为刑事案件（件）',
  '防止民间纠纷转化为刑事案件（人）',
  '防止群体性上访（件）',
  '防止群体性上访（人）',
  `${caseSourceLabels.screening}（件）`,
  `${caseSourceLabels.application}（件）`,
  `${caseSourceLabels.referral}（件）`,
];

/** One row of the report table as cells, in the order of REPORT_HEADINGS. */
export function reportCells(r: ReportRow): (string | number)[] {
  return [
    r.type,
    r.accepted,
    r.succeeded,
    r.amount,
    r.people,
    r.bands.b50,
    r.bands.b100,
    r.bands.b500,
    r.prevention.criminalCases,
    r.prevention.criminalPeople,
    r.prevention.petitionCases,
    r.prevention.petitionPeople,
    r.sources.screening,
    r.sources.application,
    r.sources.referral,
  ];
}
