import { periodOf } from '@contracts/plain/team';
import { CHINA_OFFSET_MS } from '../stats/months';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/**
 * A ledger period: an ISO week `YYYY-Www` (local figures) or a month `YYYY-MM` (legal advisers), Beijing time.
 * The keys are periodOf's (types/plain/team.ts), as visits and records store them; this adds where each begins
 * and ends.
 */
export interface PeriodBounds {
  key: string;
  from: number;
  to: number;
}

/** Monday 00:00 Beijing time of the ISO week that holds `at`. */
function weekStartOf(at: number): number {
  const local = at + CHINA_OFFSET_MS;
  const dayStart = local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7;
  return dayStart - weekday * DAY_MS - CHINA_OFFSET_MS;
}

export function monthBounds(month: string): PeriodBounds {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    key: month,
    from: Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS,
    to: Date.UTC(y, m, 1) - CHINA_OFFSET_MS,
  };
}

export function weekBounds(week: string): PeriodBounds {
  const [y, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(y, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (w - 1) * WEEK_MS;
  const from = monday - CHINA_OFFSET_MS;
  return { key: week, from, to: from + WEEK_MS };
}

export function boundsOf(key: string): PeriodBounds {
  return key.includes('-W') ? weekBounds(key) : monthBounds(key);
}

/**
 * The weeks the bureau reviews in a month: those whose Thursday falls in it (the ISO rule), so every week
 * belongs to exactly one month's review even when it straddles two.
 */
export function weeksOfMonth(month: string): string[] {
  const { from, to } = monthBounds(month);
  const keys: string[] = [];
  for (let start = weekStartOf(from); start < to; start += WEEK_MS) {
    const thursday = start + 3 * DAY_MS;
    if (thursday >= from && thursday < to) keys.push(periodOf(start).week);
  }
  return keys;
}

/** Whole days left before a period ends, counting today (0 once it has ended). */
export function daysLeft(bounds: PeriodBounds, now: number): number {
  return now >= bounds.to ? 0 : Math.ceil((bounds.to - now) / DAY_MS);
}
