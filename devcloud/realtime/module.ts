import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadCollectionsFile } from '../schema/collections-file';
import { sendJson } from '../server/http-server';
import type { Caller, ChangeEvent, DevCloudContext, DevCloudModule, DocumentReader } from '../server/module';
import { OPENID_PLACEHOLDER, type Rule, refusalOf } from './rules';

type Doc = Record<string, unknown>;

/** Options, for tests: where the read rules come from (default: database/collections.json). */
export interface RealtimeOptions {
  readRules?: () => Record<string, Rule>;
  heartbeatMs?: number;
}

interface Subscription {
  collection: string;
  where: Doc;
  sort?: Record<string, 1 | -1>;
  limit: number;
  /** Last sent result set by _id, as JSON, to tell add/update/remove apart. */
  last: Map<string, string>;
  res: ServerResponse;
}

/**
 * The local stand-in for the mini-program client database's `watch()`: `GET /api/realtime/watch?collection=
 * &where=<JSON>&orderBy=field:asc|desc&limit=N` streams Server-Sent Events shaped like watch snapshots,
 * `{ type: 'init'|'change', docs, docChanges: [{ dataType, docId, doc }] }`. The query is re-run whenever the
 * database reports a change to its collection. `'{openid}'` as a plain value stands for the caller, as in
 * CloudBase. Admission follows the collection's read rule (see rules.ts); refusals answer 401/403 JSON
 * `{ code, message }`, a query that cannot run 400. A watch whose query fails later gets one
 * `event: error` and is closed and removed, never re-run.
 */
export function createRealtimeModule(
  ctx: DevCloudContext,
  reader: DocumentReader,
  identify: (req: IncomingMessage) => Caller | null,
  options: RealtimeOptions = {},
) {
  const subs = new Set<Subscription>();
  const readRules =
    options.readRules ??
    (() => {
      const file = loadCollectionsFile(ctx.rootDir);
      return Object.fromEntries(Object.entries(file.collections).map(([n, c]) => [n, c.rules.read]));
    });

  function push(sub: Subscription, type: 'init' | 'change'): void {
    send(sub, type, reader.find(sub.collection, sub.where, { sort: sub.sort, limit: sub.limit }));
  }

  function send(sub: Subscription, type: 'init' | 'change', docs: Doc[]): void {
    const next = new Map(docs.map((d) => [String(d._id), JSON.stringify(d)]));
    const docChanges: Array<{ dataType: string; docId: string; doc: Doc | null }> = [];
    for (const d of docs) {
      const id = String(d._id);
      const before = sub.last.get(id);
      if (type === 'init') docChanges.push({ dataType: 'init', docId: id, doc: d });
      else if (before === undefined) docChanges.push({ dataType: 'add', docId: id, doc: d });
      else if (before !== next.get(id)) docChanges.push({ dataType: 'update', docId: id, doc: d });
    }
    for (const [id, json] of sub.last) {
      if (!next.has(id)) docChanges.push({ dataType: 'remove', docId: id, doc: JSON.parse(json) as Doc });
    }
    sub.last = next;
    if (type === 'change' && docChanges.length === 0) return;
    sub.res.write(`data: ${JSON.stringify({ type, docs, docChanges })}\n\n`);
  }

  function onChange(event: ChangeEvent): void {
    for (const sub of subs) {
      if (sub.collection !== event.collection) continue;
      try {
        push(sub, 'change');
      } catch (e) {
        // A query that failed once fails on every change: close the watch for good instead of re-running it.
        ctx.log('warn', `realtime: a ${sub.collection} watch failed and was closed: ${String(e)}`);
        const error = { code: 'DATABASE_QUERY_FAILED', message: 'the watch query failed; watch again' };
        sub.res.end(`event: error\ndata: ${JSON.stringify(error)}\n\n`);
        subs.delete(sub);
      }
    }
  }

  function watch(req: IncomingMessage, res: ServerResponse): void {
    const caller = identify(req);
    if (!caller?.openid) {
      sendJson(res, 401, { code: 'UNAUTHENTICATED', message: 'sign in first' });
      return;
    }
    const q = new URL(req.url ?? '/', 'http://local').searchParams;
    const collection = q.get('collection') ?? '';
    let where: unknown;
    try {
      where = JSON.parse(q.get('where') || '{}');
    } catch {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: 'where must be JSON' });
      return;
    }
    if (typeof where !== 'object' || where === null || Array.isArray(where)) {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: 'where must be a JSON object' });
      return;
    }
    const rule = readRules()[collection];
    const refusal =
      rule === undefined ? `no collection ${collection}` : refusalOf(rule, where as Doc, caller.openid);
    if (refusal) {
      sendJson(res, 403, { code: 'DATABASE_PERMISSION_DENIED', message: refusal });
      return;
    }
    const resolved = withOpenid(where as Doc, caller.openid);
    const [field, dir] = (q.get('orderBy') ?? '').split(':');
    const sub: Subscription = {
      collection,
      where: resolved,
      sort: field ? { [field]: dir === 'desc' ? -1 : 1 } : undefined,
      limit: Math.min(Math.max(Number(q.get('limit')) || 20, 1), 100),
      last: new Map(),
      res,
    };
    let first: Doc[];
    try {
      first = reader.find(sub.collection, sub.where, { sort: sub.sort, limit: sub.limit });
    } catch (e) {
      sendJson(res, 400, { code: 'INVALID_PARAM', message: `the query cannot run: ${String(e)}` });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    subs.add(sub);
    send(sub, 'init', first);
    // Comments keep proxies and the browser from closing an idle stream.
    const beat = setInterval(() => res.write(': ping\n\n'), options.heartbeatMs ?? 15_000);
    req.on('close', () => {
      clearInterval(beat);
      subs.delete(sub);
    });
  }

  return {
    name: 'realtime',
    routes: [{ method: 'GET', prefix: '/api/realtime/watch', handle: watch }],
    /** Open subscriptions, for the local UI and tests. */
    count: () => subs.size,
    start() {
      ctx.events.on('change', onChange);
    },
    stop() {
      ctx.events.off('change', onChange);
      for (const s of subs) s.res.end();
      subs.clear();
    },
  } satisfies DevCloudModule & Record<string, unknown>;
}

/** The query as it runs: a plain `'{openid}'` value is the caller, as CloudBase replaces it. */
function withOpenid(where: Doc, openid: string): Doc {
  return Object.fromEntries(
    Object.entries(where).map(([k, v]) => [k, v === OPENID_PLACEHOLDER ? openid : v]),
  );
}
