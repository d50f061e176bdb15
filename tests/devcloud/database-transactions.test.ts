import { join } from 'node:path';
import { sdk, useDevCloud } from '../helpers/devcloud';

const t = useDevCloud({ rootDir: join(__dirname, 'fixtures', 'db-root') });

type Row = Record<string, unknown>;
/** The transaction object runTransaction hands to its callback (the SDK types it as any). */
interface Tx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Row }>;
      update(o: { data: Row }): Promise<unknown>;
      set(o: { data: Row }): Promise<unknown>;
      remove(): Promise<unknown>;
    };
    add(o: { data: Row }): Promise<{ _id: string }>;
    where(q: Row): { get(): Promise<unknown> };
  };
  rollback(reason?: unknown): Promise<unknown>;
}

const run = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => t.db.runTransaction(fn);

describe('transactions', () => {
  it('commits every write at once and reads its own writes', async () => {
    await sdk(
      t.db
        .collection('misc')
        .doc('acct-a')
        .set({ data: { balance: 100 } }),
    );
    await sdk(
      t.db
        .collection('misc')
        .doc('acct-b')
        .set({ data: { balance: 0 } }),
    );
    const seen = await run(async (tx) => {
      const a = await tx.collection('misc').doc('acct-a').get();
      await tx
        .collection('misc')
        .doc('acct-a')
        .update({ data: { balance: (a.data.balance as number) - 30 } });
      await tx
        .collection('misc')
        .doc('acct-b')
        .update({ data: { balance: t.db.command.inc(30) } });
      await tx.collection('misc').add({ data: { _id: 'transfer-1', amount: 30 } });
      // Not visible outside before the commit.
      await expect(t.db.collection('misc').doc('transfer-1').get()).rejects.toThrow(/does not exist/);
      return (await tx.collection('misc').doc('acct-a').get()).data.balance;
    });
    expect(seen).toBe(70);
    expect((await sdk(t.db.collection('misc').doc('acct-a').get())).data).toMatchObject({ balance: 70 });
    expect((await sdk(t.db.collection('misc').doc('acct-b').get())).data).toMatchObject({ balance: 30 });
    expect((await sdk(t.db.collection('misc').doc('transfer-1').get())).data).toMatchObject({ amount: 30 });
  });

  it('rolls back everything when the callback throws or calls rollback', async () => {
    await sdk(
      t.db
        .collection('misc')
        .doc('rb')
        .set({ data: { v: 1 } }),
    );
    await expect(
      run(async (tx) => {
        await tx
          .collection('misc')
          .doc('rb')
          .update({ data: { v: 2 } });
        await tx.collection('misc').add({ data: { _id: 'rb-new' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      run(async (tx) => {
        await tx.collection('misc').doc('rb').remove();
        await tx.rollback('changed my mind');
      }),
    ).rejects.toBe('changed my mind');
    expect((await sdk(t.db.collection('misc').doc('rb').get())).data).toMatchObject({ v: 1 });
    await expect(t.db.collection('misc').doc('rb-new').get()).rejects.toThrow(/does not exist/);
  });

  it('answers a conflict when a read document changed, and runTransaction retries', async () => {
    await sdk(
      t.db
        .collection('misc')
        .doc('ctr')
        .set({ data: { n: 0 } }),
    );
    let attempts = 0;
    await run(async (tx) => {
      attempts += 1;
      const cur = await tx.collection('misc').doc('ctr').get();
      // Another writer changes the document between this read and the commit (first attempt only).
      if (attempts === 1)
        await sdk(
          t.db
            .collection('misc')
            .doc('ctr')
            .update({ data: { n: t.db.command.inc(10) } }),
        );
      await tx
        .collection('misc')
        .doc('ctr')
        .update({ data: { n: (cur.data.n as number) + 1 } });
    });
    expect(attempts).toBe(2);
    expect((await sdk(t.db.collection('misc').doc('ctr').get())).data).toMatchObject({ n: 11 });
  });

  it('refuses a where-query inside a transaction', async () => {
    await expect(run((tx) => tx.collection('misc').where({ v: 1 }).get())).rejects.toMatchObject({
      message: expect.stringMatching(/only document operations/),
    });
  });

  it('100 concurrent bookings of one slot: exactly one succeeds', async () => {
    await sdk(
      t.db
        .collection('slots')
        .doc('slot-1')
        .set({ data: { booked: false } }),
    );
    const book = (user: number) =>
      run(async (tx) => {
        const slot = await tx.collection('slots').doc('slot-1').get();
        if (slot.data.booked) return false;
        await tx
          .collection('slots')
          .doc('slot-1')
          .update({ data: { booked: true, by: user } });
        await tx.collection('bookings').add({ data: { slotId: 'slot-1', user } });
        return true;
      });
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => book(i)));
    const won = results.filter((r) => r.status === 'fulfilled' && r.value === true);
    expect(won).toHaveLength(1);
    expect((await sdk(t.db.collection('bookings').where({ slotId: 'slot-1' }).count())).total).toBe(1);
    const slot = (await sdk(t.db.collection('slots').doc('slot-1').get())).data as Row;
    const booking = (await sdk(t.db.collection('bookings').where({ slotId: 'slot-1' }).get())).data[0] as Row;
    expect(slot.by).toBe(booking.user);
  });
});
