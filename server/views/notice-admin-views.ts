import type { NoticeAdminView, OfficialState } from '@contracts/admin/notice';
import type { NoticeDoc, OfficialDocState } from '../models';

/** The official state as the console shows it: without the media ids, which mean nothing to a person. */
function officialView(state: OfficialDocState): OfficialState {
  const { draftMediaId: _d, thumbMediaId: _t, ...view } = state;
  return view;
}

export function toNoticeAdminView(notice: NoticeDoc): NoticeAdminView {
  return {
    id: notice._id,
    title: notice.title,
    category: notice.category,
    summary: notice.summary,
    body: notice.body,
    coverUrl: notice.coverUrl,
    coverFileId: notice.coverFileId,
    status: notice.status,
    publishedAt: notice.publishedAt,
    updatedAt: notice.updatedAt,
    official: notice.official ? officialView(notice.official) : undefined,
    push: notice.push
      ? {
          status: notice.push.status,
          sent: notice.push.sent,
          noCredit: notice.push.noCredit,
          failed: notice.push.failed,
        }
      : undefined,
  };
}
