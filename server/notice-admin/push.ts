import type { PushState } from '@contracts/admin/notice';
import { Collections } from '../collections';
import { command, findMany, updateById } from '../db';
import type { NoticeDoc } from '../models';
import { thing, timeField } from '../notify';
import { notifyCounted } from '../subscriptions';

/** Messages per run: a function has 20 s, and each send is a round trip to WeChat. */
export const PUSH_BATCH = 50;

export const newPush = (): PushState => ({ status: 'pending', sent: 0, noCredit: 0, failed: 0 });

/**
 * Sends the next batch of new-notice reminders to residents who allowed one (a one-time credit each), in
 * credit-id order from where the last batch stopped, and stores the tally. The timer calls it until a batch
 * comes back short, so any number of subscribers is reached without one run doing it all.
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
  const push = { ...notice.push };
  for (const credit of credits) {
    const result = await notifyCounted(
      {
        touser: credit.openid,
        purpose: 'noticePublished',
        page: `pages/notice-detail/index?id=${notice._id}`,
        data: {
          thing1: thing(notice.title),
          thing2: notice.category,
          time3: timeField(notice.publishedAt ?? now),
        },
      },
      now,
    );
    if (result === 'sent') push.sent += 1;
    else if (result === 'no_credit') push.noCredit += 1;
    else push.failed += 1;
    push.cursor = credit._id;
  }
  if (credits.length < PUSH_BATCH) push.status = 'done';
  await updateById(Collections.notices, notice._id, { push: command().set(push) });
  return { ...notice, push };
}
