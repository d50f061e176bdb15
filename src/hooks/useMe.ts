import type { Me } from '@contracts/models';
import { useCallback } from 'react';
import { userApi } from '@/services/user';
import { type AsyncState, useAsync } from './useAsync';

// One login per app session: `login` creates the resident account on first use, later reads use `me`.
let loginOnce: Promise<Me> | null = null;

/** Signs in once per app session; a failed attempt is forgotten so the next page can try again. */
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

/** The signed-in user; the first call signs in, later calls fetch fresh data (role may have changed). */
export function useMe(): AsyncState<Me> {
  const load = useCallback(async () => {
    const first = loginOnce === null;
    const me = await ensureLogin();
    return first ? me : userApi.me();
  }, []);
  return useAsync(load);
}
