import type { AttachmentRef, AttachmentView } from '@contracts/legal-aid/status';
import { cloud } from '../cloud';
import { checkOwnUploads, tempUrlsOf } from '../files';
import type { StoredAttachment } from './models';

/** Refuses any photo outside the caller's own legal-aid upload folder, before anything is written. */
export function checkOwnPhotos(refs: readonly AttachmentRef[], userId: string, field: string): Promise<void> {
  return checkOwnUploads(
    userId,
    'legal-aid',
    refs.map((r, i) => ({ fileID: r.fileID, field: `${field}.${i}` })),
  );
}

export function stamp(refs: readonly AttachmentRef[], at: number): StoredAttachment[] {
  return refs.map((r) => ({ kind: r.kind, fileID: r.fileID, addedAt: at }));
}

/** Short-lived URLs (30 minutes) for an unmasked view; a photo whose file is gone is left out. */
export async function viewAttachments(stored: readonly StoredAttachment[]): Promise<AttachmentView[]> {
  if (stored.length === 0) return [];
  const urls = await tempUrlsOf(
    stored.map((s) => s.fileID),
    1800,
  );
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
