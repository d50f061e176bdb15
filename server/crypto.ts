import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Field encryption for personal data at rest: AES-256-GCM (authenticated, so a tampered value fails to
 * decrypt rather than decrypting to garbage). The key is the function's configuration `PMR_FIELD_KEY`
 * (32 bytes, base64), never in the repository; a missing key stops the write instead of storing plain text.
 */
const VERSION = 'v1';

function key(): Buffer {
  const raw = process.env.PMR_FIELD_KEY;
  const buf = raw ? Buffer.from(raw, 'base64') : Buffer.alloc(0);
  if (buf.length !== 32) throw new Error('PMR_FIELD_KEY must be 32 bytes in base64');
  return buf;
}

export function encryptField(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    VERSION,
    iv.toString('base64'),
    cipher.getAuthTag().toString('base64'),
    data.toString('base64'),
  ].join(':');
}

export function decryptField(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || data === undefined)
    throw new Error('unknown field encryption format');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}

/** 13812345678 -> 138****5678: enough for a person to recognise their own number. */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '****' : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
