import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { CloudCode, CloudError } from './cloud-error';
import type { AdminParams } from './module';

/** Largest request body the local cloud accepts (CloudBase refuses bigger uploads through the API too). */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function readRaw(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new CloudError(CloudCode.invalidParam, `request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes an admin request: JSON for most actions, multipart form data for `wx.openApi`. */
export async function readAdminParams(
  req: IncomingMessage,
): Promise<{ params: AdminParams; files: Record<string, Buffer> }> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return readMultipart(req);
  const raw = await readRaw(req);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new CloudError(CloudCode.invalidParam, 'request body is not valid JSON');
  }
  return { params: asParams(parsed), files: {} };
}

function asParams(value: unknown): AdminParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CloudError(CloudCode.invalidParam, 'request body must be a JSON object');
  }
  const action = (value as Record<string, unknown>).action;
  if (typeof action !== 'string') throw new CloudError(CloudCode.invalidParam, 'missing action');
  return value as AdminParams;
}

function readMultipart(
  req: IncomingMessage,
): Promise<{ params: AdminParams; files: Record<string, Buffer> }> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, unknown> = {};
    const files: Record<string, Buffer> = {};
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_BODY_BYTES } });
    } catch {
      reject(new CloudError(CloudCode.invalidParam, 'malformed multipart body'));
      return;
    }
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        files[name] = Buffer.concat(chunks);
      });
    });
    parser.on('error', () => reject(new CloudError(CloudCode.invalidParam, 'malformed multipart body')));
    parser.on('close', () => {
      try {
        resolve({ params: asParams(fields), files });
      } catch (e) {
        reject(e);
      }
    });
    req.pipe(parser);
  });
}
