import type { noticeContract } from '@contracts/functions/notice';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { NoticeDoc } from '@server/models';
import { toNoticeDetail } from '@server/views/notice-views';

/** Drafts, withdrawn and not-yet-due notices read as missing: residents must not see them early. */
export const get: Handler<typeof noticeContract.get> = async (input, { now }) => {
  const notice = await getById<NoticeDoc>(Collections.notices, input.id);
  if (notice?.status !== 'published' || (notice.publishedAt ?? 0) > now) {
    throw new AppError('NOT_FOUND', '这条公告不存在或已撤回');
  }
  return toNoticeDetail(notice);
};
