import type { NoticeDetail, NoticeSummary } from '@contracts/models';
import type { NoticeDoc } from '../models';

export function toNoticeSummary(notice: NoticeDoc): NoticeSummary {
  return {
    id: notice._id,
    title: notice.title,
    category: notice.category,
    summary: notice.summary,
    // A removed cover is stored as an empty string; residents get no cover rather than a broken image.
    coverUrl: notice.coverUrl || undefined,
    publishedAt: notice.publishedAt ?? notice.createdAt,
  };
}

export function toNoticeDetail(notice: NoticeDoc): NoticeDetail {
  return { ...toNoticeSummary(notice), body: notice.body };
}
