/** The bureau counts months in China time (UTC+8, no daylight saving). */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM` of an instant in China time. */
export function monthKey(at: number): string {
  const d = new Date(at + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every month the period [from, to) touches, in order. */
export function monthsOf(from: number, to: number): string[] {
  const keys: string[] = [];
  const d = new Date(from + CHINA_OFFSET_MS);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const last = monthKey(to - 1);
  for (;;) {
    const key = `${y}-${String(m + 1).padStart(2, '0')}`;
    keys.push(key);
    if (key >= last) return keys;
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
}

/** The China-time start of a month, as epoch ms (for pickers and tests). */
export function monthStart(year: number, month1: number): number {
  return Date.UTC(year, month1 - 1, 1) - CHINA_OFFSET_MS;
}

/** The first China-time month start at or after an instant. */
export function monthStartAtOrAfter(at: number): number {
  const [y, m] = monthKey(at).split('-').map(Number) as [number, number];
  const start = monthStart(y, m);
  return start === at ? at : monthStart(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1);
}

/** The last China-time month start at or before an instant. */
export function monthStartAtOrBefore(at: number): number {
  const [y, m] = monthKey(at).split('-').map(Number) as [number, number];
  return monthStart(y, m);
}
