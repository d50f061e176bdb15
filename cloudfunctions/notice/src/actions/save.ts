import type { NoticeAdminView } from '@contracts/admin/notice';
import type { ParsedInputOf } from '@contracts/contract';
import type { noticeContract } from '@contracts/functions/notice';
import type { TSaveNoticeInput } from '@contracts/functions/notice-admin';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { checkText, TextScene } from '@server/content-security';
import { insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';
import type { NoticeDoc, UserDoc } from '@server/models';
import { changedFields } from '@server/notice-admin/diff';
import { loadNotice } from '@server/notice-admin/store';
import { toNoticeAdminView } from '@server/views/notice-admin-views';

/** msgSecCheck takes at most 2,500 characters a call. */
const CHECK_CHUNK = 2500;
const auditedKeys = ['title', 'category', 'summary', 'body', 'cover'] as const;

/** What the audit log keeps of a version: the text, and the cover by its file name (not a key to the file). */
function audited(n: Pick<NoticeDoc, 'title' | 'category' | 'summary' | 'body' | 'coverFileId'>) {
  const cover = n.coverFileId ? (n.coverFileId.split('/').pop() ?? '') : '';
  return { title: n.title, category: n.category, summary: n.summary, body: n.body, cover };
}

async function checkAll(openid: string, text: string): Promise<void> {
  const chars = [...text];
  for (let i = 0; i < chars.length; i += CHECK_CHUNK) {
    const verdict = await checkText(openid, chars.slice(i, i + CHECK_CHUNK).join(''), TextScene.forum);
    // Residents read notices as the bureau's word: text WeChat wants reviewed is not published as it is.
    if (verdict === 'review') throw new AppError('CONTENT_REVIEW', '内容需要修改后再保存，请调整措辞');
  }
}

/** The summary residents see in lists: the admin's, or the start of the body. */
function summaryOf(summary: string | undefined, body: string): string {
  if (summary) return summary;
  const flat = body.replace(/\s+/g, ' ').trim();
  return [...flat].length > 60 ? `${[...flat].slice(0, 60).join('')}…` : flat;
}

/** The cover file the notice gets: the one it has (`keep`), none, or a new one from the admin's own folder. */
async function coverOf(
  cover: TSaveNoticeInput['cover'],
  userId: string,
  current: NoticeDoc | null,
): Promise<string | undefined> {
  if (cover === 'keep') return current?.coverFileId || undefined;
  if (!cover) return undefined;
  await checkOwnUploads(userId, 'notice-cover', [{ fileID: cover.fileId, field: 'cover.fileId' }]);
  return cover.fileId;
}

/**
 * Creates a draft or edits a notice in any status; a published notice stays published with the new text.
 * The text passes content security first: a notice is seen by every resident.
 */
export const save: Handler<typeof noticeContract.save> = (input, { caller, now, deadline }) =>
  once({ action: 'notice.save', openid: caller.openid, key: input.clientKey, input }, { now, deadline }, () =>
    saveNotice(input, caller.user, now),
  );

async function saveNotice(
  input: ParsedInputOf<typeof noticeContract.save>,
  user: UserDoc,
  now: number,
): Promise<NoticeAdminView> {
  const notice = input.id ? await loadNotice(input.id) : null;
  const summary = summaryOf(input.summary, input.body);
  await checkAll(user.openid, `${input.title}\n${summary}\n${input.body}`);
  const fields = {
    title: input.title,
    category: input.category,
    summary,
    body: input.body,
    coverFileId: await coverOf(input.cover, user._id, notice),
  };
  if (!notice) {
    const doc: Omit<NoticeDoc, '_id'> = {
      ...fields,
      status: 'draft',
      createdBy: user._id,
      createdAt: now,
      updatedAt: now,
    };
    const clean = Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
    const id = await insert(Collections.notices, clean);
    await recordAudit(
      user,
      {
        action: 'notice.create',
        target: `公告《${input.title}》`,
        targetId: id,
        after: { title: input.title },
      },
      now,
    );
    return toNoticeAdminView({ ...doc, _id: id });
  }
  const next: NoticeDoc = { ...notice, ...fields, updatedAt: now };
  const diff = changedFields(audited(notice), audited(next), auditedKeys);
  if (Object.keys(diff.after).length === 0) return toNoticeAdminView(notice);
  // A removed cover must be removed in storage too, not left behind as an old value.
  const patch = { ...fields, coverFileId: fields.coverFileId ?? '', updatedAt: now };
  await updateById(Collections.notices, notice._id, patch);
  await recordAudit(
    user,
    { action: 'notice.edit', target: `公告《${notice.title}》`, targetId: notice._id, ...diff },
    now,
  );
  return toNoticeAdminView(next);
}
