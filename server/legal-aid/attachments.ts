import type { AttachmentRef, AttachmentView } from '@contracts/legal-aid/status';
import { AppError } from '../app-error';
import { cloud } from '../cloud';
import type { StoredAttachment } from './models';

/** Where a user's photos are uploaded: their own folder, so nobody can attach someone else's file. */
export function uploadFolder(userId: string): string {
  return `legal-aid/${userId}/`;
}

function cloudPathOf(fileID: string): string {
  return fileID.replace(/^cloud:\/\/[^/]+\//, '');
}

/** Refuses any photo outside the caller's own upload folder. */
export function checkOwnFiles(refs: readonly AttachmentRef[], userId: string, field: string): void {
  const folder = uploadFolder(userId);
  const bad = refs.findIndex((r) => {
    const path = cloudPathOf(r.fileID);
    return !r.fileID.startsWith('cloud://') || !path.startsWith(folder) || path.includes('..');
  });
  if (bad >= 0) {
    throw new AppError('BAD_REQUEST', '照片上传有误，请重新拍照上传', {
      [`${field}.${bad}`]: '请重新上传这张照片',
    });
  }
}

export function stamp(refs: readonly AttachmentRef[], at: number): StoredAttachment[] {
  return refs.map((r) => ({ kind: r.kind, fileID: r.fileID, addedAt: at }));
}

interface TempUrlResult {
  fileList: Array<{ fileID: string; tempFileURL: string }>;
}

/** Short-lived URLs (30 minutes) for an unmasked view; a photo whose file is gone is left out. */
export async function viewAttachments(stored: readonly StoredAttachment[]): Promise<AttachmentView[]> {
  if (stored.length === 0) return [];
  const res = (await cloud.getTempFileURL({
    fileList: stored.map((s) => ({ fileID: s.fileID, maxAge: 1800 })),
  })) as unknown as TempUrlResult;
  const urls = new Map(res.fileList.map((f) => [f.fileID, f.tempFileURL]));
  return stored.flatMap((s) => {
    const url = urls.get(s.fileID);
    return url ? [{ kind: s.kind, url, addedAt: s.addedAt }] : [];
  });
}

/** Deletes photos from storage; a file already gone counts as deleted. */
export async function deleteFiles(fileIDs: readonly string[]): Promise<void> {
  for (let i = 0; i < fileIDs.length; i += 50) {
    await cloud.deleteFile({ fileList: fileIDs.slice(i, i + 50) });
  }
}
