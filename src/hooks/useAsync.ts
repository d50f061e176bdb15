import { useCallback, useEffect, useRef, useState } from 'react';
import { usePolling } from './usePolling';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Runs the load again, e.g. from a 重试 button or when a tab is shown again. */
  reload: () => void;
  /** Replaces the data after a successful change, without another round trip. */
  setData: (data: T) => void;
}

/**
 * Loads one piece of state. `load` must be stable (useCallback): a new function means new data is wanted.
 * Answers to superseded loads are dropped, so a slow first filter cannot overwrite a later one. With
 * `pollMs` the state follows its document live: loaded again quietly (no spinner, errors ignored) that
 * often while the page is on screen.
 */
export function useAsync<T>(load: () => Promise<T>, options: { pollMs?: number } = {}): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const latest = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is a deliberate trigger for reload()
  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(undefined);
    load().then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (ticket !== latest.current) return;
        setError(err);
        setLoading(false);
      },
    );
  }, [load, round]);

  usePolling(() => {
    if (loading) return;
    const ticket = ++latest.current;
    load().then(
      (value) => {
        if (ticket === latest.current) setData(value);
      },
      () => undefined,
    );
  }, options.pollMs);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  // An action's own answer is newer than any quiet load still on its way.
  const replace = useCallback((value: T) => {
    latest.current += 1;
    setData(value);
  }, []);
  return { data, error, loading, reload, setData: replace };
}
