import type { Availability } from '@contracts/booking';

/** The working-hour blocks a mediator switches on per weekday; villages mediate in the evening too. */
export const blocks = [
  { key: 'am', label: '上午', start: '09:00', end: '12:00' },
  { key: 'pm', label: '下午', start: '14:00', end: '17:00' },
  { key: 'eve', label: '晚上', start: '19:00', end: '21:00' },
] as const;
export const weekdayNames = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

type Hours = Availability['weekly'][number];

export function hasBlock(weekly: Hours[], weekday: number, b: (typeof blocks)[number]): boolean {
  return weekly.some((h) => h.weekday === weekday && h.start === b.start && h.end === b.end);
}

/** Switches one block of one weekday; hours set some other way (by an admin) are left as they are. */
export function toggleBlock(weekly: Hours[], weekday: number, b: (typeof blocks)[number]): Hours[] {
  if (hasBlock(weekly, weekday, b))
    return weekly.filter((h) => !(h.weekday === weekday && h.start === b.start && h.end === b.end));
  return [...weekly, { weekday, start: b.start, end: b.end }].sort(
    (x, y) => x.weekday - y.weekday || x.start.localeCompare(y.start),
  );
}
