import { useCallback, useEffect, useState } from 'react';

/** One page of a newest-first list, as the admin list actions answer it. */
export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

/**
 * A newest-first list that pages back in time (加载更多), for the console's logs and queues. The first page
 * loads again whenever `fetchPage` changes (memoise it on its filter); `loadMore` asks for the page before the
 * last item's time. `setItems` lets a page drop an item it has just acted on without a reload.
 */
export function usePagedList<T>(
  fetchPage: (before?: number) => Promise<Page<T>>,
  timeOf: (item: T) => number,
) {
  const [items, setItems] = useState<T[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);

  const load = useCallback(
    async (before?: number) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await fetchPage(before);
        setItems((old) => (before ? [...old, ...page.items] : page.items));
        setHasMore(page.hasMore);
      } catch (err) {
        setError(err);
      } finally {
        setLoading(false);
      }
    },
    [fetchPage],
  );
  useEffect(() => {
    load();
  }, [load]);

  const last = items[items.length - 1];
  return {
    items,
    setItems,
    hasMore,
    loading,
    error,
    reload: () => load(),
    loadMore: () => load(last === undefined ? undefined : timeOf(last)),
  };
}
