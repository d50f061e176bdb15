import { placeLabels } from '@contracts/booking';
import type { CaseDoc } from '../case/models';
import { Collections } from '../collections';
import { db, insert } from '../db';
import { thing, timeField } from '../notify';
import { notifyCounted } from '../subscriptions';
import type { ReminderDoc } from './models';

const DAY = 86_400_000;

function casePage(c: CaseDoc, forStaff: boolean): string {
  return forStaff
    ? `package-mediator/pages/case/index?id=${c._id}`
    : `package-case/pages/case/index?id=${c._id}`;
}

function fields(c: CaseDoc, note: string): Record<string, string> {
  return {
    thing1: thing(`${c.disputeType}纠纷调解`),
    time2: c.booking.startAt ? timeField(c.booking.startAt) : timeField(c.updatedAt),
    thing3: thing(placeLabels[c.booking.place]),
    thing4: thing(note),
  };
}

/** Tells one side of a case about a change (confirmed, new time, cancelled). Never fails the action. */
export async function notifyChange(
  c: CaseDoc,
  to: 'resident' | 'mediator',
  note: string,
  now: number,
): Promise<void> {
  const touser = to === 'resident' ? c.residentOpenid : c.mediatorOpenid;
  if (!touser) return;
  await notifyCounted(
    { touser, purpose: 'bookingUpdate', page: casePage(c, to === 'mediator'), data: fields(c, note) },
    now,
  ).catch(() => undefined);
}

/** Cancels every reminder still waiting for a case, so an old time is never announced. */
export async function cancelReminders(caseId: string): Promise<void> {
  await db()
    .collection(Collections.reminders)
    .where({ caseId, status: 'scheduled' })
    .update({ data: { status: 'cancelled' } });
}

/** Schedules the day-before reminders of a confirmed appointment, for the resident and the mediator. */
export async function scheduleReminders(c: CaseDoc, now: number): Promise<void> {
  const startAt = c.booking.startAt;
  if (c.booking.status !== 'confirmed' || startAt === undefined || startAt <= now) return;
  for (const [touser, staff] of [
    [c.residentOpenid, false],
    [c.mediatorOpenid, true],
  ] as const) {
    if (!touser) continue;
    const doc: Omit<ReminderDoc, '_id'> = {
      caseId: c._id,
      touser,
      purpose: 'bookingReminder',
      startAt,
      sendAt: startAt - DAY,
      status: 'scheduled',
      page: casePage(c, staff),
      data: fields(c, staff ? '明天主持调解，请做好准备' : '明天调解，请带身份证按时到'),
      createdAt: now,
    };
    await insert(Collections.reminders, doc);
  }
}

/** After any change of time: the old reminders go, new ones come if the appointment stands. */
export async function resetReminders(c: CaseDoc, now: number): Promise<void> {
  await cancelReminders(c._id);
  await scheduleReminders(c, now);
}
