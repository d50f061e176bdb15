import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudCode } from '../server/cloud-error';
import { sendJson } from '../server/http-server';
import type { AdminParams, DevCloudContext, DevCloudModule } from '../server/module';
import { readRaw } from '../server/read-body';
import { FileStore, servingHeaders } from './files';

/** Default life of a temporary URL when the caller gives no maxAge (CloudBase's default is one day). */
const DEFAULT_MAX_AGE_S = 86_400;
/** An upload URL is good for a short while, as COS's signed upload URL is. */
const UPLOAD_TTL_MS = 10 * 60_000;

/**
 * Cloud storage on loopback. The SDK asks `storage.getUploadMetadata` for a signed upload URL and PUTs the
 * bytes there (`PUT /storage/upload/<token>`); `storage.batchGetDownloadUrl` hands out signed, expiring
 * `GET /storage/file/<cloudPath>?t=&sign=` URLs; `storage.batchDeleteFile` removes files.
 *
 * Stored files are served as passive content only (see `servingHeaders`). The h5 build's uploads arrive
 * through the gateway (`POST /local/upload`, signed in), which stores them with `saveNewUpload`.
 */
export function createStorageModule(ctx: DevCloudContext) {
  const files = new FileStore(ctx.envId, ctx.dataDir);
  /** Upload tokens handed out by getUploadMetadata: token -> cloudPath and expiry. */
  const uploads = new Map<string, { path: string; expires: number }>();

  /** A temporary download URL for a stored path, valid for `maxAgeS` seconds. */
  function tempUrl(cloudPath: string, maxAgeS = DEFAULT_MAX_AGE_S): string {
    const expires = Math.floor(Date.now() / 1000) + maxAgeS;
    const encoded = cloudPath.split('/').map(encodeURIComponent).join('/');
    return `${ctx.baseUrl}/storage/file/${encoded}?t=${expires}&sign=${files.sign(cloudPath, expires)}`;
  }

  /** Stores bytes at a cloudPath and returns its fileID, replacing any file there (tests, seeds). */
  function saveUpload(cloudPath: string, bytes: Buffer): string {
    return files.write(cloudPath, bytes);
  }

  const adminActions = {
    'storage.getUploadMetadata'(params: AdminParams) {
      const path = files.checkPath(String(params.path ?? ''));
      const token = randomUUID();
      uploads.set(token, { path, expires: Date.now() + UPLOAD_TTL_MS });
      const fileId = files.fileId(path);
      return {
        data: {
          url: `${ctx.baseUrl}/storage/upload/${token}`,
          token,
          authorization: `local ${token}`,
          fileId,
          cosFileId: fileId,
          download_url: tempUrl(path),
        },
      };
    },
    'storage.batchGetDownloadUrl'(params: AdminParams) {
      const list = Array.isArray(params.file_list)
        ? (params.file_list as Array<Record<string, unknown>>)
        : [];
      const download_list = list.map((item) => {
        const fileID = String(item.fileid ?? '');
        const path = files.pathOf(fileID);
        if (!path || !files.exists(path)) {
          return { fileID, tempFileURL: '', code: CloudCode.storageFileNotExist, message: 'file not exist' };
        }
        const maxAge =
          typeof item.max_age === 'number' && item.max_age > 0 ? item.max_age : DEFAULT_MAX_AGE_S;
        return { fileID, tempFileURL: tempUrl(path, maxAge), code: 'SUCCESS' };
      });
      return { data: { download_list } };
    },
    'storage.batchDeleteFile'(params: AdminParams) {
      const ids = Array.isArray(params.fileid_list) ? params.fileid_list.map(String) : [];
      const delete_list = ids.map((fileID) => {
        const path = files.pathOf(fileID);
        const removed = path !== null && files.remove(path);
        return removed
          ? { fileID, code: 'SUCCESS' }
          : { fileID, code: CloudCode.storageFileNotExist, message: 'file not exist' };
      });
      return { data: { delete_list } };
    },
  };

  async function uploadRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = (req.url ?? '').split('?')[0]?.split('/').pop() ?? '';
    const grant = uploads.get(token);
    uploads.delete(token);
    if (!grant || grant.expires < Date.now()) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="utf-8"?><Error><Code>AccessDenied</Code><Message>upload URL expired' +
          '</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>',
      );
      return;
    }
    files.write(grant.path, await readRaw(req));
    // COS answers a successful PUT with an empty body; the SDK parses it as XML and looks for <Error>.
    res.writeHead(200, { 'content-length': 0 });
    res.end();
  }

  function fileRoute(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://local');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice('/storage/file/'.length));
    } catch {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: 'malformed file path' });
      return;
    }
    const expires = Number(url.searchParams.get('t'));
    const valid = expires * 1000 > Date.now() && url.searchParams.get('sign') === files.sign(path, expires);
    const bytes = valid ? safeRead(path) : null;
    if (!bytes) {
      sendJson(res, valid ? 404 : 403, {
        code: valid ? 'NOT_FOUND' : 'ACCESS_DENIED',
        message: 'no such file',
      });
      return;
    }
    res.writeHead(200, servingHeaders(path, bytes.length));
    res.end(bytes);
  }

  function safeRead(path: string): Buffer | null {
    try {
      return files.read(path);
    } catch {
      return null;
    }
  }

  return {
    name: 'storage',
    adminActions,
    routes: [
      { method: 'PUT', prefix: '/storage/upload/', handle: uploadRoute },
      { method: 'POST', prefix: '/storage/upload/', handle: uploadRoute },
      { method: 'GET', prefix: '/storage/file/', handle: fileRoute },
    ],
    saveUpload,
    /**
     * Stores a new file and answers its fileID and a temporary URL, or null (nothing written) when the path
     * is taken: a browser upload never replaces a file, someone else's least of all.
     */
    saveNewUpload(cloudPath: string, bytes: Buffer): { fileID: string; tempFileURL: string } | null {
      const fileID = files.writeNew(cloudPath, bytes);
      return fileID ? { fileID, tempFileURL: tempUrl(files.checkPath(cloudPath)) } : null;
    },
    /** The bytes of a fileID of this environment, or null. */
    readFile: (fileID: string) => {
      const path = files.pathOf(fileID);
      return path ? safeRead(path) : null;
    },
    /** A temporary URL for a fileID, or null when the file does not exist. */
    tempFileURL: (fileID: string, maxAgeS?: number) => {
      const path = files.pathOf(fileID);
      return path && files.exists(path) ? tempUrl(path, maxAgeS) : null;
    },
  } satisfies DevCloudModule & Record<string, unknown>;
}
