import { Collections } from '../collections';
import { command, db, findMany, updateById } from '../db';
import { notifyCounted } from '../subscriptions';
import type { ReminderDoc } from './models';

/**
 * The timer job: sends reminders that are due. Each reminder is claimed with a conditional update first, so
 * two overlapping runs never send one twice; a reminder whose appointment already passed is dropped.
 */
export async function sendDueReminders(now: number): Promise<{ sent: number; skipped: number }> {
  const due = await findMany<ReminderDoc>(
    Collections.reminders,
    { status: 'scheduled', sendAt: command().lte(now) },
    { orderBy: [['sendAt', 'asc']], limit: 100 },
  );
  let sent = 0;
  let skipped = 0;
  for (const r of due) {
    const claimed = (await db()
      .collection(Collections.reminders)
      .where({ _id: r._id, status: 'scheduled' })
      .update({ data: { status: 'sending' } })) as unknown as { stats: { updated: number } };
    if (claimed.stats.updated !== 1) continue;
    if (r.startAt <= now) {
      await updateById(Collections.reminders, r._id, { status: 'expired' });
      skipped += 1;
      continue;
    }
    const result = await notifyCounted(
      { touser: r.touser, purpose: r.purpose, page: r.page, data: r.data },
      now,
    );
    await updateById(Collections.reminders, r._id, { status: result });
    if (result === 'sent') sent += 1;
    else skipped += 1;
  }
  return { sent, skipped };
}
