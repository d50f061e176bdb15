import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { localSession } from '@/services/local-session';

export type WatchedDoc = Record<string, unknown>;

export interface WatchQuery {
  collection: 'consultations' | 'messages';
  /** Equalities only; the string '{openid}' stands for the signed-in user, as in the client database. */
  where: Record<string, string>;
  orderBy?: [string, 'asc' | 'desc'];
  limit?: number;
}

let myOpenid: Promise<string | null> | null = null;

async function resolveWhere(where: Record<string, string>): Promise<Record<string, string>> {
  if (!Object.values(where).includes('{openid}')) return where;
  myOpenid ??= localSession.current().then((me) => me?.openid ?? null);
  const openid = await myOpenid;
  return Object.fromEntries(
    Object.entries(where).map(([k, v]) => [k, v === '{openid}' ? (openid ?? '') : v]),
  );
}

/**
 * Live documents of one query, hiding the platform: the client database's watch() in weapp (security rules
 * admit only the user's own documents), the local cloud's Server-Sent Events channel in h5. `onDocs` gets
 * the full current result on start and after every change. A dropped channel reconnects after a pause.
 * `key` must change when the query does.
 */
export function useWatch(query: WatchQuery | null, key: string, onDocs: (docs: WatchedDoc[]) => void): void {
  const handler = useRef(onDocs);
  handler.current = onDocs;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query
  useEffect(() => {
    if (!query) return;
    let stop: () => void = () => undefined;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | null = null;
    const again = () => {
      if (!closed) retry = setTimeout(open, 3000);
    };
    const open = () => {
      if (process.env.TARO_ENV === 'h5') {
        void resolveWhere(query.where).then((where) => {
          if (closed) return;
          const params = new URLSearchParams({
            collection: query.collection,
            where: JSON.stringify(where),
            limit: String(query.limit ?? 50),
          });
          if (query.orderBy) params.set('orderBy', query.orderBy.join(':'));
          const source = new EventSource(`/api/realtime/watch?${params.toString()}`, {
            withCredentials: true,
          });
          source.onmessage = (e: MessageEvent<string>) =>
            handler.current((JSON.parse(e.data) as { docs: WatchedDoc[] }).docs);
          source.onerror = () => {
            source.close();
            again();
          };
          stop = () => source.close();
        });
        return;
      }
      let q = Taro.cloud.database().collection(query.collection).where(query.where);
      if (query.orderBy) q = q.orderBy(query.orderBy[0], query.orderBy[1]);
      const watcher = q.limit(query.limit ?? 50).watch({
        onChange: (snapshot) => handler.current((snapshot as unknown as { docs: WatchedDoc[] }).docs),
        onError: () => again(),
      });
      stop = () => void watcher.close();
    };
    open();
    return () => {
      closed = true;
      if (retry) clearTimeout(retry);
      stop();
    };
  }, [key]);
}
