import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip as gzipCallback, constants as zlib } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Types worth compressing: text. Images and fonts are compressed already. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/** `js/app.1a2b3c4d.js`: the build names its assets by content (config/index.ts), so they never change. */
const contentHashed = /\.[0-9a-f]{8}\.[a-z0-9]+$/;

type Encoding = 'br' | 'gzip' | 'identity';

/** Compressed bodies by encoding and file, with the file's modification time: compressed once per build. */
const cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();

const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);

/** The best encoding the browser accepts (brotli is about a fifth smaller than gzip on our scripts). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const accepted = String(acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q?.trim() !== 'q=0')
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

/**
 * The file's body in an encoding, compressed off the main thread at the highest levels (brotli 11 takes
 * about a second for our largest script, once). A content-hashed asset's compressed copy is also kept
 * beside it (`app.1a2b3c4d.js.br`), so the next local cloud on the same build starts with it.
 */
async function compress(file: string, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  const sidecar = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  const hashed = contentHashed.test(file);
  if (hashed && existsSync(sidecar)) return readFile(sidecar);
  const raw = await readFile(file);
  const body =
    encoding === 'br'
      ? await brotli(raw, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : await gzip(raw, { level: 9 });
  if (hashed) await writeFile(sidecar, body).catch(() => undefined);
  return body;
}

function bodyOf(file: string, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${file}`;
  const { mtimeMs } = statSync(file);
  const cached = cache.get(key);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = encoding === 'identity' ? readFile(file) : compress(file, encoding);
  cache.set(key, { mtimeMs, body });
  body.catch(() => cache.delete(key));
  return body;
}

/**
 * Serves the h5 build, compressed (brotli or gzip, as the browser accepts) so the first page is light on a
 * weak rural link. Unknown paths fall back to index.html so the app's browser-history routes load on
 * refresh; content-hashed assets are cached for a year, everything else (index.html first) is revalidated
 * each time so a rebuild shows at once.
 */
export function serveStatic(rootDir: string, req: IncomingMessage, res: ServerResponse): void {
  const root = resolve(rootDir);
  let path: string;
  try {
    path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  } catch {
    res.writeHead(400).end();
    return;
  }
  let file = normalize(join(root, path));
  // `root + sep`: a sibling folder whose name starts with the root's (dist-h5-old) is outside it too.
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('h5 build missing: run npm start');
    return;
  }
  const ext = extname(file);
  const encoding = compressible.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  const headers = {
    'content-type': contentTypes[ext] ?? 'application/octet-stream',
    'cache-control': contentHashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(compressible.has(ext) ? { vary: 'Accept-Encoding' } : {}),
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  };
  bodyOf(file, encoding).then(
    (body) => {
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
    () => res.writeHead(500).end(),
  );
}
