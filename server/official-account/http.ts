import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

/** A file part of a multipart upload (the official account's `media` field). */
export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type Body = { json: unknown } | { file: FilePart } | undefined;

/**
 * One HTTP request answering the parsed JSON body. Written on node:http(s) rather than fetch because
 * CloudBase still offers Node 16 runtimes, which have no global fetch.
 */
export function requestJson(url: string, method: 'GET' | 'POST', body?: Body): Promise<unknown> {
  const { payload, contentType } = encode(body);
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method,
        timeout: 8000,
        headers: payload ? { 'content-type': contentType, 'content-length': payload.length } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`official account answered HTTP ${res.statusCode} without JSON`));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('official account request timed out')));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function encode(body: Body): { payload?: Buffer; contentType: string } {
  if (!body) return { contentType: '' };
  if ('json' in body) {
    // WeChat wants Chinese as it is, not \u escapes (JSON.stringify keeps it so).
    return { payload: Buffer.from(JSON.stringify(body.json), 'utf8'), contentType: 'application/json' };
  }
  const boundary = `----pmr${randomBytes(12).toString('hex')}`;
  const { field, filename, contentType, bytes } = body.file;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
