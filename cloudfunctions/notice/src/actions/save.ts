import type { NoticeAdminView } from '@contracts/admin/notice';
import type { ParsedInputOf } from '@contracts/contract';
import type { noticeContract } from '@contracts/functions/notice';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { checkText, TextScene } from '@server/content-security';
import { insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';
import type { NoticeDoc, UserDoc } from '@server/models';
import { changedFields } from '@server/notice-admin/diff';
import { loadNotice } from '@server/notice-admin/store';
import { toNoticeAdminView } from '@server/views/notice-admin-views';

/** msgSecCheck takes at most 2,500 characters a call. */
const CHECK_CHUNK = 2500;
const audited = ['title', 'category', 'summary', 'body', 'coverUrl'] as const;

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

/**
 * Creates a draft or edits a notice in any status; a published notice stays published with the new text.
 * The text passes content security first: a notice is seen by every resident.
 */
export const save: Handler<typeof noticeContract.save> = (input, { caller, now }) =>
  once({ action: 'notice.save', openid: caller.openid, key: input.clientKey, input }, now, () =>
    saveNotice(input, caller.user, now),
  );

async function saveNotice(
  input: ParsedInputOf<typeof noticeContract.save>,
  user: UserDoc,
  now: number,
): Promise<NoticeAdminView> {
  const summary = summaryOf(input.summary, input.body);
  await checkAll(user.openid, `${input.title}\n${summary}\n${input.body}`);
  const fields = {
    title: input.title,
    category: input.category,
    summary,
    body: input.body,
    coverUrl: input.cover?.url,
    coverFileId: input.cover?.fileId,
  };
  if (!input.id) {
    const doc: Omit<NoticeDoc, '_id'> = {
      ...fields,
      status: 'draft',
      createdBy: user._id,
      createdAt: now,
      updatedAt: now,
    };
    const clean = Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
    const id = await insert(Collections.notices, clean);
    await recordAudit(user, { action: 'notice.create', target: id, after: { title: input.title } }, now);
    return toNoticeAdminView({ ...doc, _id: id });
  }
  const notice = await loadNotice(input.id);
  const next: NoticeDoc = { ...notice, ...fields, updatedAt: now };
  const diff = changedFields(notice, next, audited);
  if (Object.keys(diff.after).length === 0) return toNoticeAdminView(notice);
  // A removed cover must be removed in storage too, not left behind as an old value.
  const patch = {
    ...fields,
    coverUrl: fields.coverUrl ?? '',
    coverFileId: fields.coverFileId ?? '',
    updatedAt: now,
  };
  await updateById(Collections.notices, notice._id, patch);
  await recordAudit(user, { action: 'notice.edit', target: notice._id, ...diff }, now);
  return toNoticeAdminView({
    ...next,
    coverUrl: patch.coverUrl || undefined,
    coverFileId: patch.coverFileId || undefined,
  });
}
