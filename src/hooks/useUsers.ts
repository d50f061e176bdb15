import type { UserSummary } from '@contracts/models';
import type { Role } from '@contracts/plain/models';
import { useCallback } from 'react';
import { userApi } from '@/services/user';
import { type AsyncState, useAsync } from './useAsync';

/** Users for the admin console, optionally of one role. */
export function useUsers(role?: Role): AsyncState<UserSummary[]> {
  const load = useCallback(async () => (await userApi.list({ role, limit: 100 })).items, [role]);
  return useAsync(load);
}
