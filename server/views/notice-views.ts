import { type NoticeDetail, type NoticeSummary, ZNoticeSummary } from '@contracts/models';
import type { NoticeDoc } from '../models';
import { coverUrlsOf } from './notice-covers';
import { viewEach } from './view-each';

function summaryOf(notice: NoticeDoc, urls: Map<string, string>): NoticeSummary {
  return {
    id: notice._id,
    title: notice.title,
    category: notice.category,
    summary: notice.summary,
    // No cover, or its file is gone: residents get no cover rather than a broken image.
    coverUrl: notice.coverFileId ? urls.get(notice.coverFileId) : undefined,
    publishedAt: notice.publishedAt ?? notice.createdAt,
  };
}

export async function toNoticeSummaries(notices: readonly NoticeDoc[]): Promise<NoticeSummary[]> {
  const urls = await coverUrlsOf(notices);
  return viewEach('notice.listPublished', notices, ZNoticeSummary, (n) => summaryOf(n, urls));
}

export async function toNoticeDetail(notice: NoticeDoc): Promise<NoticeDetail> {
  return { ...summaryOf(notice, await coverUrlsOf([notice])), body: notice.body };
}
