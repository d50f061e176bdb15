import { z } from 'zod';
import { statusLabels } from '../legal-aid/status';
import { ZEpochMs } from '../models';

/** Legal-aid applications are reported by where they stand, in the legal-aid pages' own words. */
export const legalAidOutcomeLabels: Record<string, string> = statusLabels;

/** The longest period a dashboard covers: two years of months keeps the month chart readable. */
export const MAX_PERIOD_MS = 731 * 86_400_000;

export const ZStatsInput = z
  .strictObject({
    from: ZEpochMs,
    to: ZEpochMs,
    /** A village or community as residents recorded it; none means the whole county. */
    area: z.string().trim().min(1).max(30, '村（社区）名称不超过30个字').optional(),
  })
  .refine((v) => v.to > v.from, { message: '结束时间要晚于开始时间', path: ['to'] })
  .refine((v) => v.to - v.from <= MAX_PERIOD_MS, { message: '统计时段不超过两年', path: ['from'] });
export type TStatsInput = z.input<typeof ZStatsInput>;

/** One row of a breakdown: how many were recorded, reached mediation and ended with an agreement. */
export const ZStatsRow = z.object({
  key: z.string(),
  screened: z.number().int(),
  prevented: z.number().int(),
  mediated: z.number().int(),
  succeeded: z.number().int(),
});
export type StatsRow = z.infer<typeof ZStatsRow>;

/**
 * The five figures the bureau reports. screened: consultations + cases recorded in the period and area;
 * prevented: consultations closed as 经建议已化解 that never became a case; mediated: cases that reached
 * mediation (调解中, 调解成功, 调解未成功, or closed after mediation started); succeeded: cases with an
 * agreement; successRate: succeeded / mediated in percent, one decimal. All by the record's creation time.
 */
export const ZStatsFigures = z.object({
  screened: z.number().int(),
  prevented: z.number().int(),
  mediated: z.number().int(),
  succeeded: z.number().int(),
  successRate: z.number(),
});
export type StatsFigures = z.infer<typeof ZStatsFigures>;

/**
 * One row of the bureau's monthly report table (人民调解案件统计表), for a dispute type or the total: cases
 * accepted (受理: recorded in the period), mediated successfully (with an agreement), the agreement amount in
 * yuan (cases with an agreement), the people involved (two for a case whose count was not recorded), the
 * cases in each band of major disputes (50-99, 100-499, 500 and more people), the prevention figures as cases
 * and people, and how the cases arrived.
 */
export const ZReportRow = z.object({
  type: z.string(),
  accepted: z.number().int(),
  succeeded: z.number().int(),
  amount: z.number().int(),
  people: z.number().int(),
  bands: z.object({ b50: z.number().int(), b100: z.number().int(), b500: z.number().int() }),
  prevention: z.object({
    criminalCases: z.number().int(),
    criminalPeople: z.number().int(),
    petitionCases: z.number().int(),
    petitionPeople: z.number().int(),
  }),
  sources: z.object({
    screening: z.number().int(),
    application: z.number().int(),
    referral: z.number().int(),
  }),
});
export type ReportRow = z.infer<typeof ZReportRow>;

/** The table in the ministry's shape: a row for every national type in its order, empty ones included. */
export const ZReportTable = z.object({ rows: z.array(ZReportRow), total: ZReportRow });
export type ReportTable = z.infer<typeof ZReportTable>;

export const ZDashboard = z.object({
  from: ZEpochMs,
  to: ZEpochMs,
  area: z.string().optional(),
  figures: ZStatsFigures,
  byType: z.array(ZStatsRow),
  byVillage: z.array(ZStatsRow),
  /** `2026-03` months in China time, every month of the period, empty ones included. */
  byMonth: z.array(ZStatsRow),
  legalAid: z.array(z.object({ status: z.string(), label: z.string(), count: z.number().int() })),
  /** The report in the bureau's style, ready to paste. */
  report: z.string(),
  reportTable: ZReportTable,
});
export type Dashboard = z.infer<typeof ZDashboard>;
