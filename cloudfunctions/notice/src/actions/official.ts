import type { noticeContract } from '@contracts/functions/notice';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { command, db } from '@server/db';
import type { Handler } from '@server/define-function';
import type { OfficialDocState } from '@server/models';
import {
  followIfPublishing,
  loadNotice,
  requireOfficialAccount,
  submitIfPending,
} from '@server/notice-admin/store';
import { toNoticeAdminView } from '@server/views/notice-admin-views';

/** Asks WeChat about the publish job now, instead of waiting for the timer. */
export const refreshOfficial: Handler<typeof noticeContract.refreshOfficial> = async (input, { now }) => {
  requireOfficialAccount();
  const notice = await loadNotice(input.id);
  if (!notice.official) throw new AppError('CONFLICT', '这条公告没有发布到公众号');
  return toNoticeAdminView(await followIfPublishing(notice, now));
};

/** Publishes the notice to the official account again after a failed attempt or job. */
export const retryOfficial: Handler<typeof noticeContract.retryOfficial> = async (input, { caller, now }) => {
  requireOfficialAccount();
  const notice = await loadNotice(input.id);
  if (notice.status !== 'published') throw new AppError('CONFLICT', '公告发布后才能发布到公众号');
  if (notice.official?.status !== 'failed') throw new AppError('CONFLICT', '只有发布失败时才能重试');
  const pending: OfficialDocState = { status: 'pending', attempts: notice.official.attempts, updatedAt: now };
  // From the failed state only: a double tap submits one article, not two.
  const res = (await db()
    .collection(Collections.notices)
    .where({ _id: notice._id, 'official.status': 'failed' })
    .update({ data: { official: command().set(pending), updatedAt: now } })) as unknown as {
    stats: { updated: number };
  };
  if (res.stats.updated === 0) throw new AppError('CONFLICT', '已经在重新发布到公众号了，请稍后刷新');
  const saved = { ...notice, official: pending, updatedAt: now };
  const after = await submitIfPending(saved, now);
  await recordAudit(
    caller.user,
    {
      action: 'notice.retryOfficial',
      target: `公告《${notice.title}》`,
      targetId: notice._id,
      before: { official: notice.official.status, error: notice.official.error },
      after: { official: after.official?.status },
    },
    now,
  );
  return toNoticeAdminView(after);
};
