import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { CloudCode, CloudError } from '../server/cloud-error';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Content type by extension, as COS serves files uploaded without an explicit type. */
export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Types that cannot run script when a browser opens them from the local cloud's origin, which is also the h5
 * app's: photos, sound, video, plain text. SVG is left out on purpose (it is a document that runs script).
 */
const PASSIVE_TYPES = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/wav',
  'video/mp4',
  'text/plain; charset=utf-8',
]);

/** Whether a file of this path is passive content, safe to show inline and to take from a browser. */
export function isPassive(path: string): boolean {
  return PASSIVE_TYPES.has(contentTypeOf(path));
}

/**
 * The headers a stored file is served with. The browser must not guess a type (`nosniff`); anything that
 * is not passive (SVG, HTML, PDF, unknown) is a download, never a page of the app's origin; and the sandbox
 * policy stops a document that slips through from running script or reaching the app's cookies.
 */
export function servingHeaders(path: string, length: number): Record<string, string | number> {
  return {
    'content-type': isPassive(path) ? contentTypeOf(path) : 'application/octet-stream',
    'content-length': length,
    // No file name: the page's own (`<a download>`, e.g. the export's Chinese name) is the one to keep.
    'content-disposition': isPassive(path) ? 'inline' : 'attachment',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  };
}

/**
 * The files of the local storage: `${dataDir}/storage/<cloudPath>`, named by CloudBase-style fileIDs
 * `cloud://<env>.<bucket>/<cloudPath>`, and the signed, expiring loopback URLs that stand for COS temp URLs.
 */
export class FileStore {
  readonly bucket: string;
  private readonly dir: string;
  /** Signs download URLs; new at every start, so old temporary URLs stop working as they would expire anyway. */
  private readonly secret = randomBytes(16);

  constructor(
    private readonly envId: string,
    dataDir: string,
  ) {
    this.bucket = `${Buffer.from(envId).toString('hex')}-${envId}-local`;
    this.dir = join(dataDir, 'storage');
    mkdirSync(this.dir, { recursive: true });
  }

  /** Refuses paths that could leave the storage folder, as COS keys never contain `..` segments. */
  checkPath(cloudPath: string): string {
    const path = cloudPath.replace(/^\/+/, '');
    if (!path || path.split('/').some((s) => s === '..' || s === '.' || s === '') || path.includes('\0')) {
      throw new CloudError(CloudCode.invalidParam, `invalid cloudPath ${cloudPath}`);
    }
    return path;
  }

  fileId(cloudPath: string): string {
    return `cloud://${this.envId}.${this.bucket}/${this.checkPath(cloudPath)}`;
  }

  /** The cloudPath of a fileID of this environment, or null for any other fileID. */
  pathOf(fileId: string): string | null {
    const prefix = `cloud://${this.envId}.${this.bucket}/`;
    if (!fileId.startsWith(prefix)) return null;
    try {
      return this.checkPath(fileId.slice(prefix.length));
    } catch {
      return null;
    }
  }

  write(cloudPath: string, bytes: Buffer): string {
    const path = this.checkPath(cloudPath);
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return this.fileId(path);
  }

  /** Stores a new file; answers null, writing nothing, when the path is taken (by a file or a folder). */
  writeNew(cloudPath: string, bytes: Buffer): string | null {
    const path = this.checkPath(cloudPath);
    const file = join(this.dir, path);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (['EEXIST', 'EISDIR', 'ENOTDIR'].includes(code)) return null;
      throw error;
    }
    return this.fileId(path);
  }

  read(cloudPath: string): Buffer | null {
    const file = join(this.dir, this.checkPath(cloudPath));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
  }

  exists(cloudPath: string): boolean {
    const file = join(this.dir, cloudPath);
    return existsSync(file) && statSync(file).isFile();
  }

  remove(cloudPath: string): boolean {
    if (!this.exists(cloudPath)) return false;
    rmSync(join(this.dir, cloudPath));
    return true;
  }

  sign(value: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${value}\n${expires}`).digest('hex').slice(0, 32);
  }
}
