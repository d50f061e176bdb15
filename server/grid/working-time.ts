import { gridSettings, type TimeLimit } from './settings';

/**
 * Office hours in Beijing time: the weekdays worked (1 = Monday … 7 = Sunday), the day's opening and
 * closing minute, and the holidays (YYYY-MM-DD) on which nobody works.
 */
export interface WorkCalendar {
  weekdays: number[];
  startMinute: number;
  endMinute: number;
  holidays: string[];
}

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;
/** Ten years of days: a calendar with no working day at all cannot loop forever. */
const MAX_DAYS = 3660;

const minuteOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export const officeCalendar: WorkCalendar = {
  weekdays: gridSettings.workingTime.weekdays,
  startMinute: minuteOf(gridSettings.workingTime.start),
  endMinute: minuteOf(gridSettings.workingTime.end),
  holidays: gridSettings.workingTime.holidays,
};

/** Beijing midnight of the day `at` falls on, as epoch ms. */
function dayStart(at: number): number {
  return Math.floor((at + BEIJING_MS) / DAY_MS) * DAY_MS - BEIJING_MS;
}

function isWorkday(start: number, cal: WorkCalendar): boolean {
  const local = new Date(start + BEIJING_MS);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return cal.weekdays.includes(weekday) && !cal.holidays.includes(local.toISOString().slice(0, 10));
}

/** A limit in working minutes: a working day counts as one day's office hours. */
export function limitMinutes(limit: TimeLimit, cal: WorkCalendar = officeCalendar): number {
  return (limit.days ?? 0) * (cal.endMinute - cal.startMinute) + (limit.hours ?? 0) * 60;
}

/**
 * The moment `minutes` of working time after `from`: time outside office hours, on weekends and on
 * holidays does not count, so an event dispatched on Friday afternoon with a day's limit is due on Monday
 * afternoon.
 */
export function addWorkingMinutes(from: number, minutes: number, cal: WorkCalendar = officeCalendar): number {
  let t = from;
  let left = minutes * 60_000;
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const day = dayStart(t);
    const open = day + cal.startMinute * 60_000;
    const close = day + cal.endMinute * 60_000;
    if (isWorkday(day, cal) && t < close) {
      const begin = Math.max(t, open);
      if (left <= close - begin) return begin + left;
      left -= close - begin;
    }
    t = day + DAY_MS;
  }
  throw new Error('working calendar has no working time');
}

/** The deadline of a limit counted from `from` in working time. */
export function deadlineAfter(from: number, limit: TimeLimit, cal: WorkCalendar = officeCalendar): number {
  return addWorkingMinutes(from, limitMinutes(limit, cal), cal);
}
