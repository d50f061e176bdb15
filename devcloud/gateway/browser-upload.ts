import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import { isOwnUploadPath } from '../../types/uploads';
import { CloudCode, CloudError } from '../server/cloud-error';
import { sendJson } from '../server/http-server';
import type { Caller, DocumentReader } from '../server/module';
import { MAX_BODY_BYTES } from '../server/read-body';
import { isPassive } from '../storage/files';

/** What the upload route needs of storage. */
export interface UploadStore {
  saveNewUpload(cloudPath: string, bytes: Buffer): { fileID: string; tempFileURL: string } | null;
}

class TooLarge extends Error {}

/** Reads `cloudPath` and the first file part of a browser's multipart upload. */
function readBrowserUpload(req: IncomingMessage): Promise<{ cloudPath: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    let cloudPath = '';
    let bytes: Buffer | null = null;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_BODY_BYTES, files: 1 } });
    } catch {
      reject(new CloudError(CloudCode.invalidParam, 'expected multipart form data'));
      return;
    }
    parser.on('field', (name, value) => {
      if (name === 'cloudPath') cloudPath = value;
    });
    parser.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => reject(new TooLarge()));
      stream.on('end', () => {
        bytes = Buffer.concat(chunks);
      });
    });
    parser.on('error', () => reject(new CloudError(CloudCode.invalidParam, 'malformed multipart body')));
    parser.on('close', () => {
      if (!bytes) reject(new CloudError(CloudCode.invalidParam, 'no file in the upload'));
      else resolve({ cloudPath: cloudPath.replace(/^\/+/, ''), bytes });
    });
    req.pipe(parser);
  });
}

/**
 * `POST /local/upload`, the h5 build's `wx.cloud.uploadFile`: multipart with `cloudPath` then the file. As
 * the app's storage rules are in production, only for a signed-in user (401), only into their own folder
 * `uploads/<userId>/<purpose>/` (403), never over an existing file (409), and only passive content such as
 * photos (415: an SVG or HTML page served from the app's own origin could run script as the app).
 */
export function createUploadRoute(
  identify: (req: IncomingMessage) => Caller | null,
  reader: DocumentReader,
  storage: UploadStore,
) {
  return async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const openid = identify(req)?.openid;
    if (!openid) return sendJson(res, 401, { code: 'UNAUTHENTICATED', message: 'sign in first' });
    const [user] = reader.find('users', { openid }, { limit: 1 });
    let upload: { cloudPath: string; bytes: Buffer };
    try {
      upload = await readBrowserUpload(req);
    } catch (error) {
      if (error instanceof TooLarge) {
        return sendJson(res, 413, { code: 'INVALID_PARAM', message: `file over ${MAX_BODY_BYTES} bytes` });
      }
      return sendJson(res, 400, { code: 'INVALID_PARAM', message: (error as Error).message });
    }
    const { cloudPath, bytes } = upload;
    if (!user || !isOwnUploadPath(cloudPath, String(user._id))) {
      return sendJson(res, 403, {
        code: 'ACCESS_DENIED',
        message: 'upload only into your own folder: uploads/<your user id>/<purpose>/<name>',
      });
    }
    if (!isPassive(cloudPath)) {
      return sendJson(res, 415, { code: 'INVALID_PARAM', message: 'only photos, audio, video and text' });
    }
    const saved = storage.saveNewUpload(cloudPath, bytes);
    if (!saved) return sendJson(res, 409, { code: 'FILE_EXISTS', message: 'a file already exists there' });
    sendJson(res, 200, saved);
  };
}
