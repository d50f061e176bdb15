import type { noticeContract } from '@contracts/functions/notice';
import { Collections } from '@server/collections';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { NoticeDoc } from '@server/models';
import { officialAccountConfig } from '@server/official-account/config';
import { toNoticeAdminViews } from '@server/views/notice-admin-views';

/** Every notice for the console, most recently changed first; says whether an official account is linked. */
export const adminList: Handler<typeof noticeContract.adminList> = async (input) => {
  const notices = await findMany<NoticeDoc>(
    Collections.notices,
    input.status ? { status: input.status } : {},
    {
      orderBy: [['updatedAt', 'desc']],
      limit: input.limit,
    },
  );
  return { items: await toNoticeAdminViews(notices), officialAccount: officialAccountConfig() !== null };
};
