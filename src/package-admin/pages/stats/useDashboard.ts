import type { Dashboard } from '@contracts/admin/stats';
import { useCallback } from 'react';
import { type AsyncState, useAsync } from '@/hooks/useAsync';
import { statsApi } from '@/services/stats';

/** The figures of a period in a node of the tree (none: the admin's whole scope). */
export function useDashboard(from: number, to: number, areaId?: string): AsyncState<Dashboard> {
  const load = useCallback(() => statsApi.dashboard({ from, to, areaId }), [from, to, areaId]);
  return useAsync(load);
}
