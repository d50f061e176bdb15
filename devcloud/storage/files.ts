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
