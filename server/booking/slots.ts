import { type Availability, bookingRules, bookingZone, type Slot, type SlotDay } from '@contracts/booking';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const weekdayNames = ['一', '二', '三', '四', '五', '六', '日'];

/** The day of `at` in Asia/Shanghai as 2026-01-05, whatever zone the server runs in. */
export function shanghaiDate(at: number): string {
  return dayjs(at).tz(bookingZone).format('YYYY-MM-DD');
}

/** 2026年1月5日, as documents write dates. */
export function cnDate(at: number): string {
  return dayjs(at).tz(bookingZone).format('YYYY年M月D日');
}

export function cnDateTime(at: number): string {
  return dayjs(at).tz(bookingZone).format('YYYY年M月D日 HH:mm');
}

/** 11月30日 周一 14:00: how residents read an appointment. */
export function slotLabel(at: number): string {
  const d = dayjs(at).tz(bookingZone);
  return `${d.month() + 1}月${d.date()}日 周${weekdayNames[(d.day() + 6) % 7]} ${d.format('HH:mm')}`;
}

function overlaps(a: Slot, b: Slot): boolean {
  return a.startAt < b.endAt && b.startAt < a.endAt;
}

/**
 * The free slots of the coming days: each weekday's working hours cut into slots of the chosen length,
 * skipping days off, slots too soon to prepare for, and slots overlapping a taken one. Pure, so the rules
 * are tested without a clock or a database.
 */
export function computeSlots(
  av: Availability,
  taken: readonly Slot[],
  now: number,
  days: number = bookingRules.horizonDays,
): SlotDay[] {
  const daysOff = new Set(av.exceptions.map((e) => e.date));
  const earliest = now + bookingRules.minLeadMinutes * 60_000;
  const length = av.slotMinutes * 60_000;
  const today = dayjs(now).tz(bookingZone).startOf('day');
  const out: SlotDay[] = [];
  for (let i = 0; i < days; i += 1) {
    const day = today.add(i, 'day');
    const date = day.format('YYYY-MM-DD');
    if (daysOff.has(date)) continue;
    const weekday = ((day.day() + 6) % 7) + 1;
    const slots: Slot[] = [];
    for (const hours of av.weekly.filter((h) => h.weekday === weekday)) {
      const end = dayjs.tz(`${date} ${hours.end}`, bookingZone).valueOf();
      for (
        let s = dayjs.tz(`${date} ${hours.start}`, bookingZone).valueOf();
        s + length <= end;
        s += length
      ) {
        const slot = { startAt: s, endAt: s + length };
        if (s >= earliest && !taken.some((t) => overlaps(t, slot))) slots.push(slot);
      }
    }
    if (slots.length === 0) continue;
    slots.sort((a, b) => a.startAt - b.startAt);
    out.push({ date, label: `${day.month() + 1}月${day.date()}日 周${weekdayNames[weekday - 1]}`, slots });
  }
  return out;
}

/** The free slot starting at `startAt`, or null when it is not one (outside hours, a day off, taken). */
export function findFreeSlot(
  av: Availability,
  taken: readonly Slot[],
  now: number,
  startAt: number,
): Slot | null {
  for (const day of computeSlots(av, taken, now)) {
    const hit = day.slots.find((s) => s.startAt === startAt);
    if (hit) return hit;
  }
  return null;
}
