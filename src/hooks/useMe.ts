import type { Me } from '@contracts/models';
import { useCallback, useRef } from 'react';
import { ready } from '@/services/session';
import { userApi } from '@/services/user';
import { type AsyncState, useAsync } from './useAsync';

/**
 * The signed-in user: the first load answers with the app's sign-in, reloads fetch fresh data (an admin
 * may have changed the role since).
 */
export function useMe(): AsyncState<Me> {
  const loaded = useRef(false);
  const load = useCallback(async () => {
    const me = loaded.current ? await userApi.me() : await ready();
    loaded.current = true;
    return me;
  }, []);
  return useAsync(load);
}
