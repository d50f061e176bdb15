import type { noticeContract } from '@contracts/functions/notice';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { NoticeDoc } from '@server/models';
import { toNoticeSummaries } from '@server/views/notice-views';

/** Published notices whose time has come (a scheduled notice shows from its publish time on). */
export const listPublished: Handler<typeof noticeContract.listPublished> = async (input, { now }) => {
  const notices = await findMany<NoticeDoc>(
    Collections.notices,
    { status: 'published', publishedAt: command().lte(now) },
    { orderBy: [['publishedAt', 'desc']], limit: input.limit },
  );
  return { items: await toNoticeSummaries(notices) };
};
