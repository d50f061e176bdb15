import type { Me } from '@contracts/models';
import { useCallback } from 'react';
import { ensureLogin, isFirstLogin } from '@/services/session';
import { userApi } from '@/services/user';
import { type AsyncState, useAsync } from './useAsync';

/** The signed-in user; the first call signs in, later calls fetch fresh data (role may have changed). */
export function useMe(): AsyncState<Me> {
  const load = useCallback(async () => {
    const first = isFirstLogin();
    const me = await ensureLogin();
    return first ? me : userApi.me();
  }, []);
  return useAsync(load);
}
