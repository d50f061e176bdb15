/**
 * Times as villagers read them, always in Beijing time (the phone may be set otherwise): 11月30日 周一 14:00.
 * Plain arithmetic instead of a date library keeps the main package small; China has no daylight saving.
 */
const OFFSET = 8 * 3_600_000;
const weekdays = ['日', '一', '二', '三', '四', '五', '六'];
const pad = (n: number) => String(n).padStart(2, '0');

export function clock(at: number): string {
  const d = new Date(at + OFFSET);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function dayLabel(at: number): string {
  const d = new Date(at + OFFSET);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 周${weekdays[d.getUTCDay()]}`;
}

/** A date as documents write it, with the year: 2026年12月1日. */
export function fullDate(at: number): string {
  const d = new Date(at + OFFSET);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function whenLabel(at: number): string {
  return `${dayLabel(at)} ${clock(at)}`;
}

export function dateTimeLabel(at: number): string {
  const d = new Date(at + OFFSET);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${clock(at)}`;
}
