/**
 * Constants of the "x+N" legal service team (issue 13), free of zod so the team pages can import them:
 * what a visit record can be, the risk reasons a check-in can carry, and the Beijing week and month every
 * visit and record is counted in. The ledger and the visit function both read the period from here, so a
 * record never lands in one period for one and another for the other.
 */

/** The members who check in at villages: the legal adviser (monthly) and the local figure (weekly). */
export const teamMemberRoles = ['legal_adviser', 'local_figure'] as const;
export type TeamMemberRole = (typeof teamMemberRoles)[number];

/** What a member did during a visit; the "four at least" items are counted from these. */
export const visitRecordKinds = ['screening', 'consultation', 'mediation', 'publicity', 'lecture'] as const;
export type VisitRecordKind = (typeof visitRecordKinds)[number];

export const visitRecordKindLabels: Record<VisitRecordKind, string> = {
  screening: '矛盾纠纷排查',
  consultation: '法律咨询',
  mediation: '纠纷调解',
  publicity: '法治宣传',
  lecture: '法治讲座',
};

/** `normal` passed every check; `review` has at least one reason the bureau looks at. Never a silent fail. */
export const riskLevels = ['normal', 'review'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskLevelLabels: Record<RiskLevel, string> = { normal: '正常', review: '需要复核' };

/**
 * Why a check-in or sign-out needs review. Each stored reason carries its words too (with the figures of
 * that stamp), so the bureau reads why without knowing the codes.
 */
export const riskCodes = [
  'outside',
  'no_boundary',
  'low_accuracy',
  'few_samples',
  'no_jitter',
  'impossible_speed',
  'clock_skew',
  'late_upload',
  'day_end',
  'photo_refused',
] as const;
export type RiskCode = (typeof riskCodes)[number];

/** The coordinate system the phone reported in: `getLocation({ type: 'gcj02' })` or a browser (WGS-84). */
export const coordSystems = ['gcj02', 'wgs84'] as const;
export type CoordSystem = (typeof coordSystems)[number];

/** What a screened dispute can become with one tap: a consultation, or a mediation case with a booking. */
export const screenedTargets = ['consultation', 'mediation'] as const;
export type ScreenedTarget = (typeof screenedTargets)[number];

/** How a visit was closed: signed out by the member, or by the day-end timer when they forgot. */
export const visitClosers = ['member', 'day_end'] as const;
export type VisitCloser = (typeof visitClosers)[number];

/** The Beijing week (ISO, `YYYY-Www`) and month (`YYYY-MM`) a visit or record counts in. */
export interface VisitPeriod {
  week: string;
  month: string;
}

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Beijing week and month of an instant. ISO weeks start on Monday; week 1 holds the year's first Thursday. */
export function periodOf(at: number): VisitPeriod {
  const d = new Date(at + BEIJING_OFFSET_MS);
  const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return { week: `${isoYear}-W${String(week).padStart(2, '0')}`, month };
}
