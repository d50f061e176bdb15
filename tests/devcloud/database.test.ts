import { join } from 'node:path';
import { sdk, useDevCloud } from '../helpers/devcloud';

const t = useDevCloud({ rootDir: join(__dirname, 'fixtures', 'db-root') });

describe('database CRUD through wx-server-sdk', () => {
  it('adds, reads, updates, sets and removes a document', async () => {
    const people = t.db.collection('people');
    const added = await sdk(people.add({ data: { name: 'Li', email: 'li@x.cn', age: 30, tags: ['a'] } }));
    expect(added._id).toMatch(/^[0-9a-f]{32}$/);

    const got = await sdk(people.doc(added._id).get());
    expect(got.data).toMatchObject({ _id: added._id, name: 'Li', age: 30, tags: ['a'] });

    const upd = await sdk(people.doc(added._id).update({ data: { age: 31, 'addr.city': 'Wuhan' } }));
    expect(upd.stats.updated).toBe(1);
    const afterUpdate = await sdk(people.doc(added._id).get());
    expect(afterUpdate.data).toMatchObject({ age: 31, addr: { city: 'Wuhan' }, name: 'Li' });

    const set = await sdk(people.doc(added._id).set({ data: { name: 'Li Lei', email: 'li@x.cn' } }));
    expect(set.stats.updated).toBe(1);
    const afterSet = await sdk(people.doc(added._id).get());
    expect(afterSet.data).toEqual({ _id: added._id, name: 'Li Lei', email: 'li@x.cn' });

    const removed = await sdk(people.doc(added._id).remove());
    expect(removed.stats.removed).toBe(1);
    await expect(people.doc(added._id).get()).rejects.toThrow(/does not exist/);
  });

  it('set() on a missing id creates the document with that id (upsert)', async () => {
    const res = await sdk(
      t.db
        .collection('misc')
        .doc('fixed-id')
        .set({ data: { v: 1 } }),
    );
    expect(res._id).toBe('fixed-id');
    expect((await sdk(t.db.collection('misc').doc('fixed-id').get())).data).toEqual({
      _id: 'fixed-id',
      v: 1,
    });
  });

  it('adds with a chosen _id and refuses the same _id twice', async () => {
    await sdk(t.db.collection('misc').add({ data: { _id: 'dup', v: 1 } }));
    await expect(t.db.collection('misc').add({ data: { _id: 'dup', v: 2 } })).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('where().update() and where().remove() touch every match', async () => {
    const c = t.db.collection('misc');
    await Promise.all([1, 2, 3].map((i) => c.add({ data: { group: 'w', i } })));
    const upd = await sdk(c.where({ group: 'w' }).update({ data: { done: true } }));
    expect(upd.stats.updated).toBe(3);
    expect((await sdk(c.where({ group: 'w', done: true }).count())).total).toBe(3);
    const rm = await sdk(c.where({ group: 'w' }).remove());
    expect(rm.stats.removed).toBe(3);
    expect((await sdk(c.where({ group: 'w' }).count())).total).toBe(0);
  });

  it('a missing collection answers DATABASE_COLLECTION_NOT_EXIST, for reads and for adds', async () => {
    // wx-server-sdk maps the code to its errCode -502005 ("database collection not exists").
    await expect(t.db.collection('nope').where({}).get()).rejects.toMatchObject({ errCode: -502005 });
    await expect(t.db.collection('nope').add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 });
    await expect(t.db.collection('nope').doc('x').get()).rejects.toMatchObject({ errCode: -502005 });
  });

  it('createCollection makes a collection usable and refuses an existing name', async () => {
    await sdk(t.db.createCollection('fresh'));
    await t.db.collection('fresh').add({ data: { a: 1 } });
    expect((await sdk(t.db.collection('fresh').count())).total).toBe(1);
    await expect(t.db.createCollection('fresh')).rejects.toThrow(/already exists/);
  });

  it('doc().get() of a missing id throws, or answers null with throwOnNotFound false', async () => {
    await expect(t.db.collection('misc').doc('missing').get()).rejects.toThrow(/does not exist/);
    const db = t.cloud.database({ throwOnNotFound: false } as Parameters<typeof t.cloud.database>[0]);
    expect((await sdk(db.collection('misc').doc('missing').get())).data).toBeNull();
  });

  it('a unique index refuses a second document with the same value', async () => {
    const people = t.db.collection('people');
    await sdk(people.add({ data: { email: 'u@x.cn' } }));
    await expect(people.add({ data: { email: 'u@x.cn' } })).rejects.toThrow(/duplicate key/);
    const other = await sdk(people.add({ data: { email: 'v@x.cn' } }));
    await expect(people.doc(other._id).update({ data: { email: 'u@x.cn' } })).rejects.toThrow(
      /duplicate key/,
    );
    expect((await sdk(people.where({ email: 'u@x.cn' }).count())).total).toBe(1);
  });
});
