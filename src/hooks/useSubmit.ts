import { useCallback, useRef, useState } from 'react';
import { newClientId } from '@/services/consultation';
import { CloudTransportError } from '@/services/errors';

export interface Submit {
  /** A write is running: its buttons show it and ignore taps. */
  busy: boolean;
  /**
   * Runs one write unless one is already running (a double tap acts once). `work` gets the idempotency
   * key of this intent: the same key when the last attempt lost its answer to the network (the retry may
   * find the write already done), a new one after a success or a refusal. Errors reach the caller.
   */
  run: <T>(work: (key: string) => Promise<T>) => Promise<T | undefined>;
}

/**
 * The one guard of every button that writes. The ref, not the state, decides: two taps can arrive before
 * React re-renders with `busy`, and the first part of `work` runs synchronously inside the tap (as
 * `requestSubscribeMessage` needs).
 */
export function useSubmit(): Submit {
  const running = useRef(false);
  const key = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(work: (key: string) => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    key.current ??= newClientId();
    try {
      const done = await work(key.current);
      key.current = null;
      return done;
    } catch (error) {
      if (!(error instanceof CloudTransportError)) key.current = null;
      throw error;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
