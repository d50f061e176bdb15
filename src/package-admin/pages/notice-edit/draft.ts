import type { NoticeAdminView } from '@contracts/admin/notice';
import type { TSaveNoticeInput } from '@contracts/functions/notice-admin';
import type { NoticeCategory } from '@contracts/models';

/** What the editor holds: the fields an admin types, before the server has seen them. */
export interface Draft {
  title: string;
  category: NoticeCategory;
  summary: string;
  body: string;
  /** The cover shown while editing; `fileID` only for one uploaded in this session, not yet saved. */
  cover?: { url: string; fileID?: string };
}

export const emptyDraft: Draft = { title: '', category: '便民服务', summary: '', body: '' };

export function draftOf(n: NoticeAdminView): Draft {
  return {
    title: n.title,
    category: n.category,
    summary: n.summary,
    body: n.body,
    cover: n.coverUrl ? { url: n.coverUrl } : undefined,
  };
}

/** A new upload goes by its file id; the notice's current cover is kept as it is. */
function coverInput(cover: Draft['cover']): TSaveNoticeInput['cover'] {
  if (!cover) return undefined;
  return cover.fileID ? { fileId: cover.fileID } : 'keep';
}

export function saveInput(draft: Draft, id?: string): TSaveNoticeInput {
  return {
    ...(id ? { id } : {}),
    title: draft.title.trim(),
    category: draft.category,
    summary: draft.summary.trim() || undefined,
    body: draft.body.trim(),
    cover: coverInput(draft.cover),
  };
}
