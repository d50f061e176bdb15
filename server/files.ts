import { isOwnUploadPath, type UploadPurpose } from '@contracts/uploads';
import { AppError } from './app-error';
import { cloud } from './cloud';

/** A file id a client sent, and the payload field it came in (for the message under that field). */
export interface UploadRef {
  fileID: string;
  field: string;
}

/** getTempFileURL takes at most 50 files a call. */
const URL_BATCH = 50;

/**
 * The storage path of a file id of this environment (`cloud://<env>.<bucket>/<path>`), or null for anything
 * else: a malformed id, or one of another environment.
 */
function pathOf(fileID: string): string | null {
  const match = /^cloud:\/\/([^/]+)\/(.+)$/.exec(fileID);
  if (!match) return null;
  const env = cloud.getWXContext().ENV;
  if (env && !match[1]?.startsWith(`${env}.`)) return null;
  return match[2] ?? null;
}

function refusal(bad: readonly UploadRef[]): AppError {
  return new AppError(
    'BAD_REQUEST',
    '照片上传有误，请重新上传',
    Object.fromEntries(bad.map((r) => [r.field, '请重新上传这张照片'])),
  );
}

/**
 * Short-lived download URLs of stored files, by file id; a file that does not exist is left out. Clients
 * get these instead of file ids: a URL shows one file for a while, a file id would be a key to it.
 */
export async function tempUrlsOf(fileIDs: readonly string[], maxAgeS: number): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const unique = [...new Set(fileIDs)];
  for (let i = 0; i < unique.length; i += URL_BATCH) {
    const res = (await cloud.getTempFileURL({
      fileList: unique.slice(i, i + URL_BATCH).map((fileID) => ({ fileID, maxAge: maxAgeS })),
    })) as unknown as { fileList: Array<{ fileID: string; tempFileURL?: string }> };
    for (const f of res.fileList) if (f.tempFileURL) urls.set(f.fileID, f.tempFileURL);
  }
  return urls;
}

/**
 * The one check of every file id a client sends: each must be a file the caller uploaded into their own
 * folder for this purpose (`uploads/<userId>/<purpose>/`, see types/uploads.ts), and it must exist. Anything
 * else (another person's ID photo, a server-made document, a made-up id) is refused before anything is
 * written, with a message under each offending field.
 */
export async function checkOwnUploads(
  ownerId: string,
  purpose: UploadPurpose,
  refs: readonly UploadRef[],
): Promise<void> {
  if (refs.length === 0) return;
  const foreign = refs.filter((r) => {
    const path = pathOf(r.fileID);
    return path === null || !isOwnUploadPath(path, ownerId, purpose);
  });
  if (foreign.length > 0) throw refusal(foreign);
  const existing = await tempUrlsOf(
    refs.map((r) => r.fileID),
    60,
  );
  const missing = refs.filter((r) => !existing.has(r.fileID));
  if (missing.length > 0) throw refusal(missing);
}
