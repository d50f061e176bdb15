/**
 * The "four at least" (四个至少) ledger in words, free of zod for the pages (types/plain/README.md). What
 * counts and how often is configuration (server/team/rules.ts, edited by the county bureau), these are
 * only the names of the items a rule can ask for.
 */
export const ledgerItems = ['visited', 'screened', 'consulted_or_mediated', 'publicity', 'lecture'] as const;
export type LedgerItem = (typeof ledgerItems)[number];

export const ledgerItemLabels: Record<LedgerItem, string> = {
  visited: '走访',
  screened: '排查纠纷',
  consulted_or_mediated: '解答咨询或调解纠纷',
  publicity: '法治宣传',
  lecture: '法治讲座',
};

export const ledgerPeriods = ['week', 'month'] as const;
export type LedgerPeriod = (typeof ledgerPeriods)[number];

export const ledgerPeriodLabels: Record<LedgerPeriod, string> = { week: '每周', month: '每月' };

/** What a period key reads as: 2026-W49 → 2026年第49周, 2026-12 → 2026年12月. */
export function periodLabel(key: string): string {
  const [year, rest] = key.split('-');
  if (!rest) return key;
  return rest.startsWith('W') ? `${year}年第${Number(rest.slice(1))}周` : `${year}年${Number(rest)}月`;
}
