import type { Dashboard } from '@contracts/admin/stats';
import { useCallback } from 'react';
import { type AsyncState, useAsync } from '@/hooks/useAsync';
import { statsApi } from '@/services/stats';

export function useDashboard(from: number, to: number, area?: string): AsyncState<Dashboard> {
  const load = useCallback(() => statsApi.dashboard({ from, to, area }), [from, to, area]);
  return useAsync(load);
}
