import { join } from 'node:path';
import { sdk, useDevCloud } from '../helpers/devcloud';

const t = useDevCloud({ rootDir: join(__dirname, 'fixtures', 'db-root') });

type Row = Record<string, unknown>;

async function seed(collection: string, rows: Row[]): Promise<void> {
  await sdk(
    t.db
      .collection(collection)
      .where({ _id: t.db.command.exists(true) })
      .remove(),
  );
  for (const r of rows) await sdk(t.db.collection(collection).add({ data: r }));
}

async function names(query: Record<string, unknown>): Promise<string[]> {
  const res = await sdk(t.db.collection('orders').where(query).orderBy('name', 'asc').get());
  return res.data.map((d) => (d as Row).name as string);
}

describe('query operators', () => {
  beforeAll(async () => {
    await seed('orders', [
      { name: 'a', qty: 1, tags: ['x', 'y'], nested: { v: 1 }, items: [{ k: 1, n: 'p' }] },
      { name: 'b', qty: 5, tags: ['y'], nested: { v: 2 }, items: [{ k: 2, n: 'q' }] },
      { name: 'c', qty: 10, tags: [], nested: { v: 3 } },
      { name: 'd', qty: 15, extra: null },
      { name: 'Ee', qty: 20, tags: ['x', 'y', 'z'] },
    ]);
  });

  it('compares with eq, neq, gt, gte, lt, lte, in, nin', async () => {
    const _ = t.db.command;
    expect(await names({ qty: _.eq(5) })).toEqual(['b']);
    expect(await names({ qty: _.neq(5) })).toEqual(['Ee', 'a', 'c', 'd']);
    expect(await names({ qty: _.gt(5).and(_.lte(15)) })).toEqual(['c', 'd']);
    expect(await names({ qty: _.gte(10) })).toEqual(['Ee', 'c', 'd']);
    expect(await names({ qty: _.lt(5) })).toEqual(['a']);
    expect(await names({ qty: _.in([1, 20]) })).toEqual(['Ee', 'a']);
    expect(await names({ qty: _.nin([1, 20]) })).toEqual(['b', 'c', 'd']);
  });

  it('combines with and, or, nor, not', async () => {
    const _ = t.db.command;
    expect(await names(_.or([{ qty: 1 }, { qty: 20 }]) as unknown as Row)).toEqual(['Ee', 'a']);
    expect(await names(_.and([{ qty: _.gt(1) }, { qty: _.lt(15) }]) as unknown as Row)).toEqual(['b', 'c']);
    expect(await names(_.nor([{ qty: _.lt(10) }, { name: 'Ee' }]) as unknown as Row)).toEqual(['c', 'd']);
    expect(await names({ qty: _.not(_.gt(5)) })).toEqual(['a', 'b']);
  });

  it('matches arrays, nested fields, existence, mod, size, all, elemMatch', async () => {
    const _ = t.db.command;
    expect(await names({ tags: 'x' })).toEqual(['Ee', 'a']);
    expect(await names({ 'nested.v': _.gte(2) })).toEqual(['b', 'c']);
    expect(await names({ nested: { v: 1 } })).toEqual(['a']);
    expect(await names({ extra: _.exists(true) })).toEqual(['d']);
    expect(await names({ qty: _.mod(5, 0) })).toEqual(['Ee', 'b', 'c', 'd']);
    expect(await names({ tags: _.size(1) })).toEqual(['b']);
    expect(await names({ tags: _.all(['x', 'y']) })).toEqual(['Ee', 'a']);
    expect(await names({ items: _.elemMatch({ k: _.gt(1) }) })).toEqual(['b']);
  });

  it('matches regular expressions from db.RegExp and from JS', async () => {
    expect(await names({ name: t.db.RegExp({ regexp: '^e', options: 'i' }) })).toEqual(['Ee']);
    expect(await names({ name: /^[ab]$/ })).toEqual(['a', 'b']);
  });

  it('orders, skips, limits and projects', async () => {
    const c = t.db.collection('orders');
    const res = await sdk(c.where({}).orderBy('qty', 'desc').skip(1).limit(2).field({ name: true }).get());
    expect(res.data).toEqual([
      { _id: expect.any(String), name: 'd' },
      { _id: expect.any(String), name: 'c' },
    ]);
    const count = await sdk(c.where({ qty: t.db.command.gt(1) }).count());
    expect(count.total).toBe(4);
  });
});

describe('limits', () => {
  it('returns 100 documents by default and caps a limit at 1000', async () => {
    const c = t.db.collection('misc');
    await sdk(c.add({ data: Array.from({ length: 1100 }, (_, i) => ({ bulk: true, i })) } as never));
    expect((await sdk(c.where({ bulk: true }).get())).data).toHaveLength(100);
    expect((await sdk(c.where({ bulk: true }).limit(5000).get())).data).toHaveLength(1000);
    expect((await sdk(c.where({ bulk: true }).count())).total).toBe(1100);
  });
});

describe('update operators', () => {
  const id = 'upd';
  const get = async () => (await sdk(t.db.collection('misc').doc(id).get())).data as Row;
  const update = (data: Row) => sdk(t.db.collection('misc').doc(id).update({ data }));

  beforeEach(async () => {
    await sdk(
      t.db
        .collection('misc')
        .doc(id)
        .set({
          data: { n: 10, arr: [3, 1, 2], set: ['a'], deep: { x: 1 }, old: 'o', gone: 1, list: [1, 2, 3, 2] },
        }),
    );
  });

  it('sets dot paths, increments, multiplies, takes min/max, removes and renames', async () => {
    const _ = t.db.command;
    await update({ 'deep.y': 2, n: _.inc(5), gone: _.remove(), old: _.rename('renamed') });
    expect(await get()).toMatchObject({ n: 15, deep: { x: 1, y: 2 }, renamed: 'o' });
    expect(await get()).not.toHaveProperty('gone');
    await update({ n: _.mul(2) });
    expect((await get()).n).toBe(30);
    await update({ n: _.min(7) });
    expect((await get()).n).toBe(7);
    await update({ n: _.max(9) });
    expect((await get()).n).toBe(9);
    await update({ deep: _.set({ z: 1 }) });
    expect((await get()).deep).toEqual({ z: 1 });
  });

  it('pushes with each, position, slice and sort; pulls, pullAll, addToSet, pop, shift, unshift', async () => {
    const _ = t.db.command;
    await update({ arr: _.push({ each: [5, 0], sort: 1, slice: 4 }) });
    expect((await get()).arr).toEqual([0, 1, 2, 3]);
    await update({ arr: _.push({ each: [9], position: 1 }) });
    expect((await get()).arr).toEqual([0, 9, 1, 2, 3]);
    await update({ arr: _.pull(_.gt(2)) });
    expect((await get()).arr).toEqual([0, 1, 2]);
    await update({ list: _.pullAll([2]) });
    expect((await get()).list).toEqual([1, 3]);
    await update({ set: _.addToSet('a') });
    await update({ set: _.addToSet({ $each: ['b', 'c', 'a'] }) });
    expect((await get()).set).toEqual(['a', 'b', 'c']);
    await update({ set: _.pop() });
    await update({ list: _.shift() });
    await update({ arr: _.unshift(-1) });
    expect(await get()).toMatchObject({ set: ['a', 'b'], list: [3], arr: [-1, 0, 1, 2] });
  });

  it('reports 0 updated for a missing document and for an update that changes nothing', async () => {
    const res = await sdk(
      t.db
        .collection('misc')
        .doc('no-such')
        .update({ data: { a: 1 } }),
    );
    expect(res.stats.updated).toBe(0);
    expect((await update({ n: 10 })).stats.updated).toBe(0);
  });
});
