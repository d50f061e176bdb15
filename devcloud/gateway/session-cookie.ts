import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SESSION_COOKIE = 'pmr_local';

/**
 * The local sign-in cookie: `<openid>.<hmac>`, signed with a secret kept in the environment's data folder,
 * so a session survives a restart of `npm start` and a browser cannot forge someone else's identity.
 */
export function loadSessionSecret(dataDir: string): Buffer {
  const file = join(dataDir, 'gateway-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

export function signSession(secret: Buffer, openid: string): string {
  return `${encodeURIComponent(openid)}.${mac(secret, openid)}`;
}

export function verifySession(secret: Buffer, value: string | undefined): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  let openid: string;
  try {
    openid = decodeURIComponent(value.slice(0, dot));
  } catch {
    return null; // not valid percent-encoding: no session, so 401, not a crash
  }
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(secret, openid));
  return given.length === expected.length && timingSafeEqual(given, expected) ? openid : null;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function mac(secret: Buffer, openid: string): string {
  return createHmac('sha256', secret).update(openid).digest('base64url');
}
