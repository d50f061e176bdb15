import { get, type IncomingMessage } from 'node:http';

/** Where the simulated mini-program's client database reads: the local cloud's realtime channel, as a user. */
export interface RealtimeAccess {
  /** The local cloud's base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  /** The session cookie that identifies the user (the gateway's `sessionCookieFor(openid)`). */
  cookie: string;
}

/** What `watch()` hands `onChange`, as WeChat's client database does (the fields the app reads). */
export interface WatchSnapshot {
  type?: 'init';
  docs: Record<string, unknown>[];
  docChanges: Array<{ dataType: string; docId: string; doc: Record<string, unknown> | null }>;
}

/** What `watch()` hands `onError`: WeChat's error shape; -502003 is DATABASE_PERMISSION_DENIED. */
export interface WatchError {
  errCode: number;
  errMsg: string;
}

interface WatchOptions {
  onChange(snapshot: WatchSnapshot): void;
  onError(error: WatchError): void;
}

interface QueryState {
  collection: string;
  where: Record<string, unknown>;
  orderBy?: [string, 'asc' | 'desc'];
  limit?: number;
}

/** Error codes of the client database that the realtime channel's refusals map to. */
const ErrCode = { permissionDenied: -502003, invalidParam: -501007, network: -1 } as const;

/**
 * The mini-program client database's `collection(name).where(..).orderBy(..).limit(..).watch(..)`, served
 * by the local cloud's realtime channel (`GET /api/realtime/watch`, Server-Sent Events) under the
 * collection's read rule, so a page's watch gets what CloudBase would give it, and a query the rule check
 * refuses fails as it would in WeChat. The query travels as written: `'{openid}'` is replaced by the
 * server, as CloudBase does. Only watch() is offered: the app reads everything else through functions.
 */
export function clientDatabase(access: RealtimeAccess) {
  const query = (state: QueryState) => ({
    where: (where: Record<string, unknown>) => query({ ...state, where }),
    orderBy: (field: string, order: 'asc' | 'desc') => query({ ...state, orderBy: [field, order] }),
    limit: (limit: number) => query({ ...state, limit }),
    watch: (options: WatchOptions) => openWatch(access, state, options),
  });
  return {
    collection: (collection: string) => query({ collection, where: {} }),
  };
}

function openWatch(access: RealtimeAccess, state: QueryState, options: WatchOptions) {
  const params = new URLSearchParams({ collection: state.collection, where: JSON.stringify(state.where) });
  if (state.orderBy) params.set('orderBy', state.orderBy.join(':'));
  if (state.limit !== undefined) params.set('limit', String(state.limit));
  let closed = false;
  let response: IncomingMessage | null = null;
  const fail = (error: WatchError) => {
    if (closed) return;
    closed = true;
    options.onError(error);
  };
  const request = get(
    `${access.url}/api/realtime/watch?${params.toString()}`,
    { headers: { cookie: access.cookie } },
    (res) => {
      response = res;
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (c: Buffer) => {
          body += c.toString();
        });
        res.on('end', () => fail(refusal(res.statusCode ?? 0, body)));
        return;
      }
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const event = parseEvent(buffer.slice(0, i));
          buffer = buffer.slice(i + 2);
          if (closed || !event) continue;
          if (event.name === 'error') fail(refusal(403, event.data));
          else options.onChange(JSON.parse(event.data) as WatchSnapshot);
        }
      });
      res.on('end', () => fail({ errCode: ErrCode.network, errMsg: 'watch: the stream ended' }));
    },
  );
  request.on('error', (e) => fail({ errCode: ErrCode.network, errMsg: `watch: ${e.message}` }));
  return {
    close: async () => {
      closed = true;
      (response as IncomingMessage | null)?.destroy();
      request.destroy();
    },
  };
}

function parseEvent(chunk: string): { name: string; data: string } | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of chunk.split('\n')) {
    if (line.startsWith('event: ')) name = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  return data.length > 0 ? { name, data: data.join('\n') } : null;
}

function refusal(status: number, body: string): WatchError {
  let message = body;
  try {
    const parsed = JSON.parse(body) as { code?: string; message?: string };
    message = `${parsed.code ?? ''}: ${parsed.message ?? ''}`;
  } catch {
    // Not JSON: keep the text as it came.
  }
  const errCode =
    status === 403 ? ErrCode.permissionDenied : status === 400 ? ErrCode.invalidParam : ErrCode.network;
  return { errCode, errMsg: `watch:fail ${message}` };
}
