import { useCallback } from 'react';
import { caseApi } from '@/services/case';
import { useAsync } from './useAsync';

/** One case as the viewer may see it; pages replace it with each action's answer. */
export function useCase(caseId: string) {
  return useAsync(useCallback(() => caseApi.get(caseId), [caseId]));
}
