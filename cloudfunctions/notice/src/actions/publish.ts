import type { NoticeAdminView } from '@contracts/admin/notice';
import type { ParsedInputOf } from '@contracts/contract';
import type { noticeContract } from '@contracts/functions/notice';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { command, db } from '@server/db';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';
import type { NoticeDoc, OfficialDocState, UserDoc } from '@server/models';
import { newPush, pushBatch } from '@server/notice-admin/push';
import { loadNotice, requireOfficialAccount, submitIfPending } from '@server/notice-admin/store';
import { toNoticeAdminView } from '@server/views/notice-admin-views';

/** A time less than a minute ahead is "now": the timer runs once a minute anyway. */
const SCHEDULE_MIN_AHEAD_MS = 60_000;

/**
 * Publishes a notice now or schedules it (the `publishDue` timer makes it live; residents' reads already hide
 * a notice before its time). Asked for the official account, the copy goes out when the notice goes live.
 */
export const publish: Handler<typeof noticeContract.publish> = (input, { caller, now, deadline }) =>
  once(
    { action: 'notice.publish', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    () => publishNotice(input, caller.user, now),
  );

/**
 * The status write is conditional on the status read: of concurrent publications one goes through (and
 * writes the audit entry, submits the copy, sends the reminders); the others are refused CONFLICT.
 */
async function publishNotice(
  input: ParsedInputOf<typeof noticeContract.publish>,
  user: UserDoc,
  now: number,
): Promise<NoticeAdminView> {
  const notice = await loadNotice(input.id);
  if (notice.status === 'published') throw new AppError('CONFLICT', '这条公告已经发布');
  if (input.toOfficialAccount) requireOfficialAccount();
  const scheduled = input.at !== undefined && input.at > now + SCHEDULE_MIN_AHEAD_MS;
  const status = scheduled ? 'scheduled' : 'published';
  const publishedAt = scheduled ? (input.at as number) : now;
  const official: OfficialDocState | undefined = input.toOfficialAccount
    ? { status: 'pending', attempts: notice.official?.attempts ?? 0, updatedAt: now }
    : notice.official;
  const push = input.pushSubscribers ? newPush() : undefined;
  const res = (await db()
    .collection(Collections.notices)
    .where({ _id: notice._id, status: notice.status })
    .update({
      data: {
        status,
        publishedAt,
        updatedAt: now,
        ...(input.toOfficialAccount ? { official: command().set(official) } : {}),
        ...(push ? { push: command().set(push) } : {}),
      },
    })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) throw new AppError('CONFLICT', '这条公告刚刚被发布或修改，请刷新后查看');
  await recordAudit(
    user,
    {
      action: scheduled ? 'notice.schedule' : 'notice.publish',
      target: `公告《${notice.title}》`,
      targetId: notice._id,
      before: { status: notice.status },
      after: {
        status,
        publishedAt,
        toOfficialAccount: input.toOfficialAccount,
        pushSubscribers: input.pushSubscribers,
      },
    },
    now,
  );
  let live: NoticeDoc = {
    ...notice,
    status,
    publishedAt,
    official,
    push: push ?? notice.push,
    updatedAt: now,
  };
  if (!scheduled) live = await pushBatch(await submitIfPending(live, now), now);
  return toNoticeAdminView(live);
}
