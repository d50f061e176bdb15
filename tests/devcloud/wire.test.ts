import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sdkEnvironment } from '../../devcloud/index';
import { sdk } from '../helpers/devcloud';

/**
 * The wire contract with wx-server-sdk 4.0.2: what it sends for each database operation, compared with a
 * committed fixture. If an SDK upgrade changes a request, this fails before the local cloud silently
 * misreads it. Regenerate on purpose with `UPDATE_WIRE=1 npx jest tests/devcloud/wire`.
 */
const fixture = join(__dirname, 'fixtures', 'sdk-wire.json');

interface Captured {
  method: string;
  path: string;
  contentType: string;
  body: unknown;
}

/** One answer that satisfies every database call of the SDK, as in /tmp/cap/cap.js. */
const ANSWER = {
  data: { list: [], insertedIds: ['x'], total: 0, updated: 1, deleted: 0 },
  transactionId: 'tx-1',
  requestId: 'r',
};

let server: Server;
const captured: Captured[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      url.searchParams.delete('seqId'); // volatile: time-based request counter
      captured.push({
        method: req.method ?? '',
        path: `${url.pathname}?${url.searchParams.toString()}`,
        contentType: String(req.headers['content-type'] ?? ''),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(ANSWER));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  Object.assign(process.env, sdkEnvironment(`http://127.0.0.1:${port}`, 'local'), {
    WX_OPENID: 'o1',
    SILENCE: 'true',
  });
});

afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

it('wx-server-sdk sends the requests the local cloud was built against', async () => {
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: 'local' });
  const db = cloud.database();
  const _ = db.command;
  const c = db.collection('c');
  const ops: [string, () => Promise<unknown>][] = [
    [
      'where.get',
      () =>
        sdk(
          c
            .where({ a: _.gt(1), d: new Date(5), r: db.RegExp({ regexp: '^a', options: 'i' }) })
            .orderBy('a', 'desc')
            .skip(2)
            .limit(3)
            .field({ a: true })
            .get(),
        ),
    ],
    ['get.default-limit', () => sdk(c.where({ a: 1 }).get())],
    ['add', () => sdk(c.add({ data: { a: 1, t: db.serverDate(), d: new Date(7), big: 5_000_000_000 } }))],
    [
      'doc.update',
      () =>
        sdk(
          c.doc('id1').update({
            data: {
              a: _.inc(1),
              b: _.push({ each: [1, 2], position: 0, slice: 5, sort: 1 }),
              'x.y': 3,
              z: _.remove(),
              s: _.addToSet('k'),
              p: _.pull(_.in([1])),
            },
          }),
        ),
    ],
    ['doc.set', () => sdk(c.doc('id1').set({ data: { a: 1 } }))],
    ['where.update', () => sdk(c.where({ a: 1 }).update({ data: { a: 2 } }))],
    ['doc.remove', () => sdk(c.doc('id1').remove())],
    ['where.remove', () => sdk(c.where({ a: 1 }).remove())],
    ['count', () => sdk(c.where({ a: 1 }).count())],
    [
      'aggregate',
      () =>
        sdk(
          c
            .aggregate()
            .match({ a: 1 })
            .group({ _id: '$a', n: _.aggregate.sum(1) })
            .lookup({ from: 'd', localField: '_id', foreignField: 'k', as: 'j' })
            .unwind('$j')
            .sort({ n: -1 })
            .limit(2)
            .end(),
        ),
    ],
    ['doc.get', () => sdk(c.doc('id1').get()).catch(() => 'not found')],
    ['createCollection', () => db.createCollection('newc')],
    [
      'transaction',
      async () => {
        const tx = await db.startTransaction();
        await tx
          .collection('c')
          .doc('id1')
          .update({ data: { a: 1 } });
        await tx.collection('c').add({ data: { a: 2 } });
        await tx.commit();
        await db
          .runTransaction(
            async (t: { collection(n: string): { doc(id: string): { get(): Promise<unknown> } } }) => {
              await t.collection('c').doc('id2').get();
            },
          )
          .catch(() => 'rolled back');
      },
    ],
  ];
  const wire: Record<string, Captured[]> = {};
  for (const [name, op] of ops) {
    captured.length = 0;
    await op();
    wire[name] = [...captured];
  }
  if (process.env.UPDATE_WIRE === '1') {
    writeFileSync(fixture, `${JSON.stringify(wire, null, 2)}\n`);
  }
  expect(wire).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
});
