import dayjs from 'dayjs';

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

/** A calendar month as [first instant, first instant of the next month) in the device's time zone (China). */
export function monthPeriod(month: string): Period {
  const start = dayjs(`${month}-01`);
  return { from: start.valueOf(), to: start.add(1, 'month').valueOf(), label: start.format('YYYY年M月') };
}

export function quickPeriod(p: QuickPeriod, now = dayjs()): Period {
  switch (p) {
    case 'thisMonth':
      return monthPeriod(now.format('YYYY-MM'));
    case 'lastMonth':
      return monthPeriod(now.subtract(1, 'month').format('YYYY-MM'));
    case 'thisYear':
      return {
        from: now.startOf('year').valueOf(),
        to: now.startOf('year').add(1, 'year').valueOf(),
        label: `${now.year()}年`,
      };
    case 'lastYear': {
      const start = now.startOf('year').subtract(1, 'year');
      return { from: start.valueOf(), to: start.add(1, 'year').valueOf(), label: `${start.year()}年` };
    }
  }
}
