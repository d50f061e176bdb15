import type { PushState } from '@contracts/admin/notice';
import { Collections } from '../collections';
import { command, db, findMany, updateById } from '../db';
import type { NoticeDoc } from '../models';
import { thing, timeField } from '../notify';
import { notifyCounted } from '../subscriptions';

/** Messages per run: a function has 20 s, and each send is a round trip to WeChat. */
export const PUSH_BATCH = 50;

export const newPush = (): PushState => ({ status: 'pending', sent: 0, noCredit: 0, failed: 0 });

/**
 * Sends the next batch of new-notice reminders to residents who allowed one (a one-time credit each), in
 * credit-id order from where the last batch stopped, and stores the tally. The timer calls it until a batch
 * comes back short, so any number of subscribers is reached without one run doing it all. A batch is
 * claimed first by moving the cursor past it, conditional on the cursor read: the publish call and the
 * timer running at once never send one resident the same reminder twice.
 */
export async function pushBatch(notice: NoticeDoc, now: number): Promise<NoticeDoc> {
  if (notice.push?.status !== 'pending' || notice.status !== 'published') return notice;
  const _ = command();
  const where: Record<string, unknown> = { purpose: 'noticePublished', credits: _.gt(0) };
  if (notice.push.cursor) where._id = _.gt(notice.push.cursor);
  const credits = await findMany<{ _id: string; openid: string }>(Collections.subscribeCredits, where, {
    orderBy: [['_id', 'asc']],
    limit: PUSH_BATCH,
  });
  const cursor = credits.at(-1)?._id ?? notice.push.cursor;
  const status = credits.length < PUSH_BATCH ? 'done' : 'pending';
  const claimed = (await db()
    .collection(Collections.notices)
    .where({
      _id: notice._id,
      'push.status': 'pending',
      'push.cursor': notice.push.cursor ?? _.exists(false),
    })
    .update({
      data: { 'push.status': status, ...(cursor ? { 'push.cursor': cursor } : {}) },
    })) as unknown as { stats: { updated: number } };
  if (claimed.stats.updated === 0) return notice;
  const tally = { sent: 0, noCredit: 0, failed: 0 };
  for (const credit of credits) {
    const result = await notifyCounted(
      {
        touser: credit.openid,
        purpose: 'noticePublished',
        page: `package-info/pages/notice-detail/index?id=${notice._id}`,
        data: {
          thing1: thing(notice.title),
          thing2: notice.category,
          time3: timeField(notice.publishedAt ?? now),
        },
      },
      now,
    );
    if (result === 'sent') tally.sent += 1;
    else if (result === 'no_credit') tally.noCredit += 1;
    else tally.failed += 1;
  }
  await updateById(Collections.notices, notice._id, {
    'push.sent': _.inc(tally.sent),
    'push.noCredit': _.inc(tally.noCredit),
    'push.failed': _.inc(tally.failed),
  });
  const push = {
    ...notice.push,
    status,
    cursor,
    sent: notice.push.sent + tally.sent,
    noCredit: notice.push.noCredit + tally.noCredit,
    failed: notice.push.failed + tally.failed,
  } as const;
  return { ...notice, push };
}
