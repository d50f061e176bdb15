import { type UploadPurpose, uploadFolderOf } from '@contracts/plain/uploads';
import Taro from '@tarojs/taro';
import { CloudTransportError } from './errors';
import { ready } from './session';

export interface UploadedFile {
  fileID: string;
  /** A URL that shows the file to the uploader: the fileID itself in weapp, a temporary URL in h5. */
  url: string;
}

/**
 * The one way the app uploads: into the signed-in user's own folder for `purpose`
 * (`uploads/<userId>/<purpose>/`, types/plain/uploads.ts), the only place the functions accept a file from.
 * wx.cloud.uploadFile in weapp; the local cloud's `POST /local/upload` (which needs the session) in h5.
 * Every failure is a transport error carrying `failure`, the message the page shows.
 */
export async function uploadOwnFile(
  purpose: UploadPurpose,
  filePath: string,
  failure: string,
  /** The file's type where the path does not say (a canvas exported as a data URL in h5). */
  knownExt?: string,
): Promise<UploadedFile> {
  const ext = knownExt ?? /\.(png|jpe?g|gif|webp|docx)$/i.exec(filePath)?.[1]?.toLowerCase() ?? 'jpg';
  const name = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${ext}`;
  try {
    const cloudPath = `${uploadFolderOf((await ready()).id, purpose)}${name}`;
    if (process.env.TARO_ENV === 'h5') {
      const blob = await (await fetch(filePath)).blob();
      const form = new FormData();
      form.append('cloudPath', cloudPath);
      form.append('file', blob, name);
      const res = await fetch('/local/upload', { method: 'POST', body: form, credentials: 'same-origin' });
      if (!res.ok) throw new Error(`upload ${res.status}`);
      const body = (await res.json()) as { fileID: string; tempFileURL: string };
      return { fileID: body.fileID, url: body.tempFileURL };
    }
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return { fileID: res.fileID, url: res.fileID };
  } catch {
    throw new CloudTransportError(failure);
  }
}

/** Uploads a legal-aid photo and answers its fileID. */
export async function uploadPhoto(filePath: string): Promise<string> {
  return (await uploadOwnFile('legal-aid', filePath, '照片没传上去，请检查网络后再试')).fileID;
}
