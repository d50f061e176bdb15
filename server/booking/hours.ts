import type { Availability } from '@contracts/booking';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import { defaultAvailability } from './availability';
import type { AvailabilityDoc } from './models';

/**
 * A mediator's working hours in words, and when they next begin, both from the availability that also
 * makes the booking slots: one source for the card, the slots and the chat's "replies from" line.
 * Shanghai has no daylight saving, so its clock is UTC+8 all year.
 */
const OFFSET = 8 * 3_600_000;
const DAY = 86_400_000;
const names = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
const short = (clock: string) => clock.replace(/^0/, '');

/** 周一至周五 / 周二、周四 / 周六: consecutive weekdays as a range, others one by one. */
function daysText(days: number[]): string {
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) =>
      r.length >= 3
        ? `${names[r[0] ?? 0]}至${names[r[r.length - 1] ?? 0]}`
        : r.map((d) => names[d]).join('、'),
    )
    .join('、');
}

/** "周一至周五 9:00-12:00、14:00-17:00": weekdays with the same stretches are said together. */
export function hoursText(av: Availability): string {
  const byDay = new Map<number, string>();
  for (let d = 1; d <= 7; d += 1) {
    const stretches = av.weekly
      .filter((h) => h.weekday === d)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((h) => `${short(h.start)}-${short(h.end)}`);
    if (stretches.length > 0) byDay.set(d, stretches.join('、'));
  }
  const groups = new Map<string, number[]>();
  for (const [d, text] of byDay) groups.set(text, [...(groups.get(text) ?? []), d]);
  if (groups.size === 0) return '暂未设置工作时间';
  return [...groups].map(([text, days]) => `${daysText(days)} ${text}`).join('；');
}

/** The moment the mediator is next at work: `now` when inside their hours, undefined when none in 2 weeks. */
export function nextWorkingStart(av: Availability, now: number): number | undefined {
  const off = new Set(av.exceptions.map((e) => e.date));
  const today = Math.floor((now + OFFSET) / DAY) * DAY - OFFSET;
  for (let i = 0; i < 14; i += 1) {
    const midnight = today + i * DAY;
    const local = new Date(midnight + OFFSET);
    if (off.has(local.toISOString().slice(0, 10))) continue;
    const weekday = local.getUTCDay() || 7;
    const stretches = av.weekly
      .filter((h) => h.weekday === weekday)
      .sort((a, b) => a.start.localeCompare(b.start));
    for (const h of stretches) {
      const end = midnight + minutesOf(h.end) * 60_000;
      if (now < end) return Math.max(now, midnight + minutesOf(h.start) * 60_000);
    }
  }
  return undefined;
}

/** The availability of several mediators at once; one never set is the office default. */
export async function availabilityOf(mediatorIds: string[]): Promise<Map<string, Availability>> {
  const docs =
    mediatorIds.length > 0
      ? await findMany<AvailabilityDoc>(
          Collections.availability,
          { _id: command().in(mediatorIds) },
          { limit: 100 },
        )
      : [];
  const found = new Map<string, Availability>(docs.map((d) => [d._id, d]));
  return new Map(mediatorIds.map((id) => [id, found.get(id) ?? defaultAvailability]));
}
