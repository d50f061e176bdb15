import type { noticeContract } from '@contracts/functions/notice';
import { ZNoticeSummary } from '@contracts/models';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { NoticeDoc } from '@server/models';
import { toNoticeSummary } from '@server/views/notice-views';
import { viewEach } from '@server/views/view-each';

/** Published notices whose time has come (a scheduled notice shows from its publish time on). */
export const listPublished: Handler<typeof noticeContract.listPublished> = async (input, { now }) => {
  const notices = await findMany<NoticeDoc>(
    Collections.notices,
    { status: 'published', publishedAt: command().lte(now) },
    { orderBy: [['publishedAt', 'desc']], limit: input.limit },
  );
  return { items: viewEach('notice.listPublished', notices, ZNoticeSummary, toNoticeSummary) };
};
