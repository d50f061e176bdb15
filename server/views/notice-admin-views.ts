import { type NoticeAdminView, type OfficialState, ZNoticeAdminView } from '@contracts/admin/notice';
import type { NoticeDoc, OfficialDocState } from '../models';
import { coverUrlsOf } from './notice-covers';
import { viewEach } from './view-each';

/** The official state as the console shows it: without the media ids, which mean nothing to a person. */
function officialView(state: OfficialDocState): OfficialState {
  const { draftMediaId: _d, thumbMediaId: _t, ...view } = state;
  return view;
}

function adminViewOf(notice: NoticeDoc, urls: Map<string, string>): NoticeAdminView {
  return {
    id: notice._id,
    title: notice.title,
    category: notice.category,
    summary: notice.summary,
    body: notice.body,
    coverUrl: notice.coverFileId ? urls.get(notice.coverFileId) : undefined,
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

export async function toNoticeAdminViews(notices: readonly NoticeDoc[]): Promise<NoticeAdminView[]> {
  const urls = await coverUrlsOf(notices);
  return viewEach('notice.adminList', notices, ZNoticeAdminView, (n) => adminViewOf(n, urls));
}

export async function toNoticeAdminView(notice: NoticeDoc): Promise<NoticeAdminView> {
  return adminViewOf(notice, await coverUrlsOf([notice]));
}
