import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRealtimeModule } from '../../devcloud/realtime/module';
import { queryImpliesRule } from '../../devcloud/realtime/rules';
import { createHttpServer } from '../../devcloud/server/http-server';
import { sdk, useDevCloud } from '../helpers/devcloud';

const t = useDevCloud();
const RULE = 'doc.residentOpenid == auth.openid || doc.mediatorOpenid == auth.openid';
let base = '';
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  // A realtime module of its own, with a rule for a test collection, on the cloud's database and events.
  const realtime = createRealtimeModule(
    t.devcloud.ctx,
    t.devcloud.database.reader,
    (req) => ({ openid: String(req.headers['x-openid'] ?? '') || undefined }),
    { readRules: () => ({ rt_cases: RULE }) },
  );
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
});
afterAll(() => close());

/** Opens a watch and collects its events until `stop()`. */
function watch(path: string, openid: string) {
  const events: Array<{ type: string; docChanges: Array<{ dataType: string; docId: string }> }> = [];
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
          if (chunk.startsWith('data: ')) events.push(JSON.parse(chunk.slice(6)));
        }
      });
      ok(r);
    });
  });
  const until = async (n: number, ms = 1000) => {
    const end = Date.now() + ms;
    while (events.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    return events;
  };
  return { opened, events, until, stop: () => (res as IncomingMessage | null)?.destroy() };
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
});

describe('queryImpliesRule', () => {
  it.each([
    [true, {}, true],
    [false, { a: 'o' }, false],
    [RULE, { residentOpenid: 'o', status: 'open' }, true],
    [RULE, { $and: [{ mediatorOpenid: { $eq: 'o' } }] }, true],
    [RULE, { residentOpenid: 'x' }, false],
    ['doc.a == auth.openid && doc.b == auth.openid', { a: 'o' }, false],
    ['doc.a == auth.openid && doc.b == auth.openid', { a: 'o', b: 'o' }, true],
    ['auth.openid in doc.members', { members: 'o' }, true],
    ['doc.x > 1', { x: 2 }, false],
  ])('%s with %j -> %s', (rule, where, expected) => {
    expect(queryImpliesRule(rule, where, 'o')).toBe(expected);
  });
});
