import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRealtimeModule } from '../../devcloud/realtime/module';
import { createHttpServer } from '../../devcloud/server/http-server';
import { sdk, useDevCloud } from '../helpers/devcloud';

const t = useDevCloud();
const RULE = 'doc.residentOpenid == auth.openid || doc.mediatorOpenid == auth.openid';
let base = '';
let close: () => Promise<void> = async () => {};
let realtimeCount: () => number = () => 0;
/** Makes the database fail the next rt_flaky query, as a query that stopped being runnable would. */
let failNext = false;

beforeAll(async () => {
  // A realtime module of its own, with a rule for a test collection, on the cloud's database and events.
  const reader = {
    find: (...args: Parameters<typeof t.devcloud.database.reader.find>) => {
      if (args[0] === 'rt_flaky' && failNext) throw new Error('the query failed');
      return t.devcloud.database.reader.find(...args);
    },
  };
  const realtime = createRealtimeModule(
    t.devcloud.ctx,
    reader,
    (req) => ({ openid: String(req.headers['x-openid'] ?? '') || undefined }),
    { readRules: () => ({ rt_cases: RULE, rt_flaky: RULE, rt_open: true }) },
  );
  realtimeCount = realtime.count;
  const server = createHttpServer(t.devcloud.ctx, [realtime]);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  realtime.start();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    realtime.stop();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
  await sdk(t.db.createCollection('rt_cases'));
  await sdk(t.db.createCollection('rt_flaky'));
  await sdk(t.db.createCollection('rt_open'));
});
afterAll(() => close());

/** Opens a watch and collects its events until `stop()`. */
function watch(path: string, openid: string) {
  const events: Array<{
    type: string;
    docs: Array<Record<string, unknown>>;
    docChanges: Array<{ dataType: string; docId: string }>;
  }> = [];
  const errors: Array<{ code: string }> = [];
  let ended = false;
  let res: IncomingMessage | null = null;
  const opened = new Promise<IncomingMessage>((ok) => {
    get(`${base}${path}`, { headers: { 'x-openid': openid } }, (r) => {
      res = r;
      let buffer = '';
      r.on('data', (c: Buffer) => {
        buffer += c.toString();
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const chunk = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (chunk.startsWith('event: error\ndata: ')) errors.push(JSON.parse(chunk.slice(19)));
          else if (chunk.startsWith('data: ')) events.push(JSON.parse(chunk.slice(6)));
        }
      });
      r.on('end', () => {
        ended = true;
      });
      ok(r);
    });
  });
  const until = async (n: number, ms = 1000) => {
    const end = Date.now() + ms;
    while (events.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    return events;
  };
  return {
    opened,
    events,
    errors,
    ended: () => ended,
    until,
    stop: () => (res as IncomingMessage | null)?.destroy(),
  };
}

describe('realtime watch', () => {
  it('streams init, then a change within 1 s of an insert', async () => {
    await sdk(t.db.collection('rt_cases').add({ data: { mediatorOpenid: 'm1', title: 'a' } }));
    const where = encodeURIComponent(JSON.stringify({ mediatorOpenid: 'm1' }));
    const w = watch(
      `/api/realtime/watch?collection=rt_cases&where=${where}&orderBy=title:asc&limit=10`,
      'm1',
    );
    expect((await w.opened).statusCode).toBe(200);
    await w.until(1);
    expect(w.events[0]).toMatchObject({ type: 'init', docChanges: [{ dataType: 'init' }] });
    const started = Date.now();
    const added = await sdk(t.db.collection('rt_cases').add({ data: { mediatorOpenid: 'm1', title: 'b' } }));
    await sdk(t.db.collection('rt_cases').add({ data: { mediatorOpenid: 'someone-else', title: 'c' } }));
    await w.until(2);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(w.events[1]).toMatchObject({
      type: 'change',
      docChanges: [{ dataType: 'add', docId: added._id }],
    });
    await sdk(t.db.collection('rt_cases').doc(String(added._id)).remove());
    await w.until(3);
    expect(w.events[2]).toMatchObject({ docChanges: [{ dataType: 'remove', docId: added._id }] });
    expect(w.events).toHaveLength(3);
    w.stop();
  });

  it('refuses a query that is not a subset of the rule', async () => {
    const where = encodeURIComponent(JSON.stringify({ title: 'a' }));
    const w = watch(`/api/realtime/watch?collection=rt_cases&where=${where}`, 'm1');
    const res = await w.opened;
    expect(res.statusCode).toBe(403);
    const other = watch(
      `/api/realtime/watch?collection=rt_cases&where=${encodeURIComponent('{"mediatorOpenid":"m2"}')}`,
      'm1',
    );
    expect((await other.opened).statusCode).toBe(403);
  });

  it("replaces a plain '{openid}' with the caller, and refuses it inside a command", async () => {
    await sdk(t.db.collection('rt_cases').add({ data: { residentOpenid: 'r9', title: 'mine' } }));
    await sdk(t.db.collection('rt_cases').add({ data: { residentOpenid: 'r8', title: 'theirs' } }));
    const mine = watch(
      `/api/realtime/watch?collection=rt_cases&where=${q({ residentOpenid: '{openid}' })}`,
      'r9',
    );
    expect((await mine.opened).statusCode).toBe(200);
    await mine.until(1);
    expect(mine.events[0]?.docs.map((d) => d.title)).toEqual(['mine']);
    mine.stop();
    const inCommand = watch(
      `/api/realtime/watch?collection=rt_cases&where=${q({ residentOpenid: { $in: ['{openid}'] } })}`,
      'r9',
    );
    expect((await inCommand.opened).statusCode).toBe(403);
  });

  it('answers 400 for a query that cannot run, and opens nothing', async () => {
    const before = realtimeCount();
    const bad = watch(`/api/realtime/watch?collection=rt_open&where=${q({ a: { $nosuchop: 1 } })}`, 'm1');
    expect((await bad.opened).statusCode).toBe(400);
    expect(realtimeCount()).toBe(before);
  });

  it('closes and removes a watch whose query fails on a change, and never re-runs it', async () => {
    const w = watch(`/api/realtime/watch?collection=rt_flaky&where=${q({ mediatorOpenid: 'm1' })}`, 'm1');
    expect((await w.opened).statusCode).toBe(200);
    await w.until(1);
    const open = realtimeCount();
    failNext = true;
    await sdk(t.db.collection('rt_flaky').add({ data: { mediatorOpenid: 'm1' } }));
    const end = Date.now() + 5000;
    while (!w.ended() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    failNext = false;
    expect(w.ended()).toBe(true);
    expect(w.errors).toEqual([expect.objectContaining({ code: 'DATABASE_QUERY_FAILED' })]);
    expect(realtimeCount()).toBe(open - 1);
    await sdk(t.db.collection('rt_flaky').add({ data: { mediatorOpenid: 'm1' } }));
    expect(w.events).toHaveLength(1);
  });
});

const q = (where: unknown) => encodeURIComponent(JSON.stringify(where));
