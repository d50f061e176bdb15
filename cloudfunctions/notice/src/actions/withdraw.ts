import type { noticeContract } from '@contracts/functions/notice';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { db } from '@server/db';
import type { Handler } from '@server/define-function';
import { loadNotice } from '@server/notice-admin/store';
import { toNoticeAdminView } from '@server/views/notice-admin-views';

/**
 * Takes a notice off the home page (a scheduled one will not go out). The official account article stays:
 * removing it is freepublish/delete, done deliberately in the account's own console.
 */
export const withdraw: Handler<typeof noticeContract.withdraw> = async (input, { caller, now }) => {
  const notice = await loadNotice(input.id);
  if (notice.status !== 'published' && notice.status !== 'scheduled') {
    throw new AppError('CONFLICT', '只有已发布或定时发布的公告可以撤回');
  }
  const res = (await db()
    .collection(Collections.notices)
    .where({ _id: notice._id, status: notice.status })
    .update({ data: { status: 'withdrawn', updatedAt: now } })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) throw new AppError('CONFLICT', '这条公告刚刚有了变化，请刷新后再试');
  await recordAudit(
    caller.user,
    {
      action: 'notice.withdraw',
      target: `公告《${notice.title}》`,
      targetId: notice._id,
      before: { status: notice.status },
      after: { status: 'withdrawn' },
    },
    now,
  );
  return toNoticeAdminView({ ...notice, status: 'withdrawn', updatedAt: now });
};
