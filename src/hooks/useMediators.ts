import type { MediatorCard } from '@contracts/models';
import type { DisputeType } from '@contracts/plain/models';
import { useCallback } from 'react';
import { mediatorApi } from '@/services/mediator';
import { type AsyncState, useAsync } from './useAsync';

/** Mediators residents can turn to, optionally only those handling one dispute type. */
export function useMediators(disputeType?: DisputeType): AsyncState<MediatorCard[]> {
  const load = useCallback(async () => (await mediatorApi.list({ disputeType })).items, [disputeType]);
  return useAsync(load);
}

/** The signed-in mediator's own public card. */
export function useMyMediatorCard(): AsyncState<MediatorCard> {
  const load = useCallback(() => mediatorApi.mine(), []);
  return useAsync(load);
}
