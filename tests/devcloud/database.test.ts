import { join } from 'node:path';
import { useDevCloud } from '../helpers/devcloud';

// biome-ignore lint/correctness/useHookAtTopLevel: a jest fixture named like a hook, not a React hook
const t = useDevCloud({ rootDir: join(__dirname, 'fixtures', 'db-root') });

describe('database CRUD through wx-server-sdk', () => {
  it('adds, reads, updates, sets and removes a document', async () => {
    const people = t.db.collection('people');
    const added = await people.add({ data: { name: 'Li', email: 'li@x.cn', age: 30, tags: ['a'] } });
    expect(added._id).toMatch(/^[0-9a-f]{32}$/);

    const got = await people.doc(added._id as string).get();
    expect(got.data).toMatchObject({ _id: added._id, name: 'Li', age: 30, tags: ['a'] });

    const upd = await people.doc(added._id as string).update({ data: { age: 31, 'addr.city': 'Wuhan' } });
    expect(upd.stats.updated).toBe(1);
    const afterUpdate = await people.doc(added._id as string).get();
    expect(afterUpdate.data).toMatchObject({ age: 31, addr: { city: 'Wuhan' }, name: 'Li' });

    const set = await people.doc(added._id as string).set({ data: { name: 'Li Lei', email: 'li@x.cn' } });
    expect(set.stats.updated).toBe(1);
    const afterSet = await people.doc(added._id as string).get();
    expect(afterSet.data).toEqual({ _id: added._id, name: 'Li Lei', email: 'li@x.cn' });

    const removed = await people.doc(added._id as string).remove();
    expect(removed.stats.removed).toBe(1);
    await expect(people.doc(added._id as string).get()).rejects.toThrow(/does not exist/);
  });

  it('set() on a missing id creates the document with that id (upsert)', async () => {
    const res = await t.db
      .collection('misc')
      .doc('fixed-id')
      .set({ data: { v: 1 } });
    expect(res._id).toBe('fixed-id');
    expect((await t.db.collection('misc').doc('fixed-id').get()).data).toEqual({ _id: 'fixed-id', v: 1 });
  });

  it('adds with a chosen _id and refuses the same _id twice', async () => {
    await t.db.collection('misc').add({ data: { _id: 'dup', v: 1 } });
    await expect(t.db.collection('misc').add({ data: { _id: 'dup', v: 2 } })).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('where().update() and where().remove() touch every match', async () => {
    const c = t.db.collection('misc');
    await Promise.all([1, 2, 3].map((i) => c.add({ data: { group: 'w', i } })));
    const upd = await c.where({ group: 'w' }).update({ data: { done: true } });
    expect(upd.stats.updated).toBe(3);
    expect((await c.where({ group: 'w', done: true }).count()).total).toBe(3);
    const rm = await c.where({ group: 'w' }).remove();
    expect(rm.stats.removed).toBe(3);
    expect((await c.where({ group: 'w' }).count()).total).toBe(0);
  });

  it('a missing collection answers DATABASE_COLLECTION_NOT_EXIST, for reads and for adds', async () => {
    // wx-server-sdk maps the code to its errCode -502005 ("database collection not exists").
    await expect(t.db.collection('nope').where({}).get()).rejects.toMatchObject({ errCode: -502005 });
    await expect(t.db.collection('nope').add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 });
    await expect(t.db.collection('nope').doc('x').get()).rejects.toMatchObject({ errCode: -502005 });
  });

  it('createCollection makes a collection usable and refuses an existing name', async () => {
    await t.db.createCollection('fresh');
    await t.db.collection('fresh').add({ data: { a: 1 } });
    expect((await t.db.collection('fresh').count()).total).toBe(1);
    await expect(t.db.createCollection('fresh')).rejects.toThrow(/already exists/);
  });

  it('doc().get() of a missing id throws, or answers null with throwOnNotFound false', async () => {
    await expect(t.db.collection('misc').doc('missing').get()).rejects.toThrow(/does not exist/);
    const db = t.cloud.database({ throwOnNotFound: false });
    expect((await db.collection('misc').doc('missing').get()).data).toBeNull();
  });

  it('a unique index refuses a second document with the same value', async () => {
    const people = t.db.collection('people');
    await people.add({ data: { email: 'u@x.cn' } });
    await expect(people.add({ data: { email: 'u@x.cn' } })).rejects.toThrow(/duplicate key/);
    const other = await people.add({ data: { email: 'v@x.cn' } });
    await expect(people.doc(other._id as string).update({ data: { email: 'u@x.cn' } })).rejects.toThrow(
      /duplicate key/,
    );
    expect((await people.where({ email: 'u@x.cn' }).count()).total).toBe(1);
  });
});
