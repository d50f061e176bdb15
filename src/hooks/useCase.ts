import { useCallback } from 'react';
import { caseApi } from '@/services/case';
import { useAsync } from './useAsync';

/** How often an open case page asks for changes made by the other side (a confirmation, a new time). */
const CASE_POLL_MS = 5000;

/** One case as the viewer may see it, followed live; pages replace it with each action's answer. */
export function useCase(caseId: string) {
  return useAsync(
    useCallback(() => caseApi.get(caseId), [caseId]),
    { pollMs: CASE_POLL_MS },
  );
}
