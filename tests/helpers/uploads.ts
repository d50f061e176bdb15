import { type UploadPurpose, uploadFolderOf } from '@contracts/uploads';
import type { AppCloud } from './app-cloud';
import { key } from './consultation';

/** Stores a file in the user's own upload folder for `purpose`, as the app does, and answers its fileID. */
export function uploadAs(
  app: AppCloud,
  userId: string,
  purpose: UploadPurpose,
  name = `${key()}.jpg`,
  bytes = 'jpeg-bytes',
): string {
  return app.devcloud.storage.saveUpload(`${uploadFolderOf(userId, purpose)}${name}`, Buffer.from(bytes));
}
