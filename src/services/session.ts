import type { Me } from '@contracts/models';
import { userApi } from './user';

// One login per app session: `login` creates the resident account on first use, later reads use `me`.
let loginOnce: Promise<Me> | null = null;

/** Signs in once per app session; a failed attempt is forgotten so the next caller can try again. */
export function ensureLogin(): Promise<Me> {
  if (!loginOnce) {
    loginOnce = userApi.login().catch((err: unknown) => {
      loginOnce = null;
      throw err;
    });
  }
  return loginOnce;
}

/** Forgets the session, e.g. after switching demo user in h5 local mode. */
export function resetSession(): void {
  loginOnce = null;
}

/** Whether this app session has not signed in yet. */
export function isFirstLogin(): boolean {
  return loginOnce === null;
}
