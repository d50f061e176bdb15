/**
 * Periods in Beijing time, as the server counts months (server/stats/months.ts), whatever zone the device
 * is set to: a month is [its first instant, the first instant of the next month), so the server's report
 * reads 2026年12月 for December, not 2026年12月至2027年1月 as an end eight hours late would make it.
 */
const OFFSET = 8 * 3_600_000;

/** The periods one tap away; any month is also a choice (the month picker). */
export const quickPeriods = ['thisMonth', 'lastMonth', 'thisYear', 'lastYear'] as const;
export type QuickPeriod = (typeof quickPeriods)[number];
export const quickPeriodLabels: Record<QuickPeriod, string> = {
  thisMonth: '本月',
  lastMonth: '上月',
  thisYear: '今年',
  lastYear: '去年',
};

export interface Period {
  from: number;
  to: number;
  label: string;
}

/** The first instant of a Beijing month; month0 may run past 11 or below 0 (Date.UTC carries it). */
const monthStart = (year: number, month0: number) => Date.UTC(year, month0, 1) - OFFSET;

/** `YYYY-MM` of an instant in Beijing time, as the month picker holds it. */
export function monthOf(at: number): string {
  const d = new Date(at + OFFSET);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A calendar month, `YYYY-MM`. */
export function monthPeriod(month: string): Period {
  const year = Number(month.slice(0, 4));
  const month1 = Number(month.slice(5, 7));
  return {
    from: monthStart(year, month1 - 1),
    to: monthStart(year, month1),
    label: `${year}年${month1}月`,
  };
}

function yearPeriod(year: number): Period {
  return { from: monthStart(year, 0), to: monthStart(year + 1, 0), label: `${year}年` };
}

export function quickPeriod(p: QuickPeriod, now = Date.now()): Period {
  const d = new Date(now + OFFSET);
  const year = d.getUTCFullYear();
  switch (p) {
    case 'thisMonth':
      return monthPeriod(monthOf(now));
    case 'lastMonth':
      return monthPeriod(monthOf(monthStart(year, d.getUTCMonth() - 1)));
    case 'thisYear':
      return yearPeriod(year);
    case 'lastYear':
      return yearPeriod(year - 1);
  }
}
