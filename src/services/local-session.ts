import type { Role } from '@contracts/plain/models';

export interface LocalIdentity {
  openid: string;
  nickname: string;
  role: Role;
}

/**
 * Who the browser is, in the h5 build on the local cloud only. A browser has no WeChat login, so the local
 * gateway lets a person pick a demo user or become a new resident. The gateway honours it only on
 * loopback in local mode; builds with LOCAL_CLOUD=false have it disabled.
 */
export const localSession = {
  enabled: process.env.TARO_ENV === 'h5' && process.env.LOCAL_CLOUD === 'true',
  async current(): Promise<LocalIdentity | null> {
    const res = await fetch('/local/session', { credentials: 'same-origin' });
    if (!res.ok) return null;
    const body = (await res.json()) as { identity: LocalIdentity | null };
    return body.identity;
  },
  async listDemoUsers(): Promise<LocalIdentity[]> {
    const res = await fetch('/local/session/users', { credentials: 'same-origin' });
    const body = (await res.json()) as { users: LocalIdentity[] };
    return body.users;
  },
  signIn: (openid: string) => post({ openid }),
  signInNewResident: () => post({ newResident: true }),
  async signOut(): Promise<void> {
    await fetch('/local/session', { method: 'DELETE', credentials: 'same-origin' });
  },
};

async function post(body: object): Promise<void> {
  const res = await fetch('/local/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error('sign-in failed');
}
