import { tempUrlsOf } from '../files';
import type { NoticeDoc } from '../models';

/** A cover URL lasts a day: long enough for a page left open, short enough not to become a permanent link. */
const COVER_URL_MAX_AGE_S = 86_400;

/** Temporary URLs of the notices' covers, by file id; readers never get the file id itself. */
export function coverUrlsOf(notices: readonly NoticeDoc[]): Promise<Map<string, string>> {
  const ids = notices.flatMap((n) => (n.coverFileId ? [n.coverFileId] : []));
  return ids.length === 0 ? Promise.resolve(new Map()) : tempUrlsOf(ids, COVER_URL_MAX_AGE_S);
}
