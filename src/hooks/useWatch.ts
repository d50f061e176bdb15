import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { openEventStream } from '@/services/event-stream';

export type WatchedDoc = Record<string, unknown>;

export interface WatchQuery {
  /** Only the client-readable feeds (database/collections.json); everything else is read through functions. */
  collection: 'consultation_feed' | 'message_feed';
  /**
   * Plain equalities only, one of them `F: '{openid}'` for a rule `doc.F == auth.openid`: the one shape
   * CloudBase documents for a query under a read rule (the client database replaces '{openid}' itself).
   */
  where: Record<string, string>;
  orderBy?: [string, 'asc' | 'desc'];
  limit?: number;
}

/**
 * `live` while the watch streams; `polling` once it was refused for good (the read rule, a query that cannot
 * run) or kept failing: then `poll` keeps the page current and the page says that updates are slower.
 */
export type WatchStatus = 'live' | 'polling';

const POLL_MS = 15_000;
/** Pauses before reopening a dropped watch; after the last one the hook polls instead. */
const RETRY_MS = [3_000, 10_000, 30_000];

/** Error codes of the client database that mean the watch will never be admitted as it is. */
const REFUSED_CODES = new Set([-502003, -501007]);

/**
 * Live documents of one query, hiding the platform: the client database's watch() in weapp, the local cloud's
 * Server-Sent Events channel in h5. `onDocs` gets the full current result on start and after every change. A
 * dropped channel reopens after a pause, a few times; a refused one is not retried: `poll` runs instead,
 * at once and every 15 s. `key` must change when the query does.
 */
export function useWatch(
  query: WatchQuery | null,
  key: string,
  onDocs: (docs: WatchedDoc[]) => void,
  poll: () => void,
): WatchStatus {
  const handler = useRef(onDocs);
  handler.current = onDocs;
  const poller = useRef(poll);
  poller.current = poll;
  const [status, setStatus] = useState<WatchStatus>('live');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query
  useEffect(() => {
    if (!query) return;
    setStatus('live');
    let stop: () => void = () => undefined;
    let closed = false;
    let failures = 0;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let polling: ReturnType<typeof setInterval> | null = null;
    const fallBack = () => {
      setStatus('polling');
      poller.current();
      polling = setInterval(() => poller.current(), POLL_MS);
    };
    const failed = (refused: boolean) => {
      stop();
      if (closed || retry || polling) return;
      const pause = RETRY_MS[failures];
      failures += 1;
      if (refused || pause === undefined) fallBack();
      else
        retry = setTimeout(() => {
          retry = null;
          open();
        }, pause);
    };
    const delivered = (docs: WatchedDoc[]) => {
      failures = 0;
      handler.current(docs);
    };
    const open = () => {
      if (closed) return;
      stop =
        process.env.TARO_ENV === 'h5'
          ? openH5(query, delivered, failed)
          : openWeapp(query, delivered, failed);
    };
    open();
    return () => {
      closed = true;
      if (retry) clearTimeout(retry);
      if (polling) clearInterval(polling);
      stop();
    };
  }, [key]);
  return status;
}

type Delivered = (docs: WatchedDoc[]) => void;
type Failed = (refused: boolean) => void;

function openH5(query: WatchQuery, delivered: Delivered, failed: Failed): () => void {
  const params = new URLSearchParams({
    collection: query.collection,
    where: JSON.stringify(query.where),
    limit: String(query.limit ?? 50),
  });
  if (query.orderBy) params.set('orderBy', query.orderBy.join(':'));
  return openEventStream(`/api/realtime/watch?${params.toString()}`, {
    onEvent: (name, data) => {
      if (name === 'error') failed(true);
      else delivered((JSON.parse(data) as { docs: WatchedDoc[] }).docs);
    },
    // 4xx: refused (the read rule, a bad query, no session); anything else may pass.
    onFail: (status) => failed(status >= 400 && status < 500),
  });
}

function openWeapp(query: WatchQuery, delivered: Delivered, failed: Failed): () => void {
  let q = Taro.cloud.database().collection(query.collection).where(query.where);
  if (query.orderBy) q = q.orderBy(query.orderBy[0], query.orderBy[1]);
  const watcher = q.limit(query.limit ?? 50).watch({
    onChange: (snapshot) => delivered((snapshot as unknown as { docs: WatchedDoc[] }).docs),
    onError: (error) => {
      const { errCode, errMsg } = error as unknown as { errCode?: number; errMsg?: string };
      failed(REFUSED_CODES.has(errCode ?? 0) || /permission/i.test(errMsg ?? ''));
    },
  });
  return () => void watcher.close();
}
