import type { SigningSide } from '@contracts/case/signing';
import type { ReminderDoc } from '../booking/models';
import { Collections } from '../collections';
import { db, insert } from '../db';
import { thing, timeField } from '../notify';
import { notifyCounted } from '../subscriptions';
import { judicialOf } from './judicial-deadline';
import type { CaseDoc } from './models';

const DAY = 86_400_000;

/** Each side's openid and the page that side opens the case on. */
function sides(c: CaseDoc): Array<{ side: SigningSide; touser: string; page: string }> {
  const list = [
    {
      side: 'resident' as const,
      touser: c.residentOpenid,
      page: `package-case/pages/case/index?id=${c._id}`,
    },
  ];
  const party = c.party;
  return party
    ? [
        ...list,
        { side: 'other' as const, touser: party.openid, page: `package-case/pages/party/index?id=${c._id}` },
      ]
    : list;
}

/** Tells both parties something about their agreement (案件进度提醒). Never fails the action. */
export async function notifyParties(c: CaseDoc, note: string, now: number): Promise<void> {
  for (const s of sides(c)) {
    await notifyCounted(
      {
        touser: s.touser,
        purpose: 'caseProgress',
        page: s.page,
        data: { thing1: thing(`${c.disputeType}纠纷调解协议`), thing2: thing(note), time3: timeField(now) },
      },
      now,
    ).catch(() => undefined);
  }
}

/** Days before the limit on which each party is reminded to apply for judicial confirmation. */
const REMIND_DAYS_BEFORE = [10, 3];
const JUDICIAL_PURPOSE = 'caseProgress' as const;

/**
 * Once the agreement takes effect: reminders of the 30-day limit through the booking reminders' timer
 * (server/booking/remind-job.ts), which sends them when due and drops them once the limit passed.
 */
export async function scheduleJudicialReminders(c: CaseDoc, now: number): Promise<void> {
  const j = judicialOf(c, now);
  if (!j) return;
  for (const s of sides(c)) {
    for (const days of REMIND_DAYS_BEFORE) {
      const sendAt = j.deadlineAt - days * DAY;
      if (sendAt <= now) continue;
      const doc: Omit<ReminderDoc, '_id'> = {
        caseId: c._id,
        touser: s.touser,
        purpose: JUDICIAL_PURPOSE,
        startAt: j.deadlineAt,
        sendAt,
        status: 'scheduled',
        page: s.page,
        data: {
          thing1: thing('申请司法确认'),
          thing2: thing(`还剩${days}天，双方可共同向法院申请`),
          time3: timeField(j.deadlineAt),
        },
        createdAt: now,
      };
      await insert(Collections.reminders, doc);
    }
  }
}

/** The deadline reminders stop when the terms change or the outcome is known. */
export async function cancelJudicialReminders(caseId: string): Promise<void> {
  await db()
    .collection(Collections.reminders)
    .where({ caseId, purpose: JUDICIAL_PURPOSE, status: 'scheduled' })
    .update({ data: { status: 'cancelled' } });
}
