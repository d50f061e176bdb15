import { useCallback, useRef, useState } from 'react';

export interface Submit {
  /** A write is running: its buttons show it and ignore taps. */
  busy: boolean;
  /**
   * Runs one write unless one is already running, so a double tap acts once; answers `undefined` for the
   * ignored tap. Errors reach the caller. The idempotency key of the write is the service's
   * (`withIntentKey`), so a retry after a lost answer reuses it.
   */
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * The one guard of every button that writes. The ref, not the state, decides: two taps can arrive before
 * React re-renders with `busy`, and the first part of `work` runs synchronously inside the tap (as
 * `requestSubscribeMessage` needs).
 */
export function useSubmit(): Submit {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      return await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
