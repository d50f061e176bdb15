import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { eventually, key } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

interface Stored {
  _id: string;
  action?: string;
  createdAt: number;
  expiresAt: number;
}

async function docs(collection: string, where: Record<string, unknown>): Promise<Stored[]> {
  return ((await sdk(app.db.collection(collection).where(where).get())) as unknown as { data: Stored[] })
    .data;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { code?: string }) => e.code ?? String(e),
  );

describe('a repeated request answers the first answer (server/idempotency.ts)', () => {
  it('answers a repeat that arrives while the first is working with exactly its answer, working once', async () => {
    const { once } = await import('@server/idempotency');
    const intent = { action: 'test.once', openid: `o-${key()}`, key: key(), input: { text: '你好' } };
    const clock = { now: Date.now(), deadline: Date.now() + 60_000 };
    let runs = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = once(intent, clock, async () => {
      runs += 1;
      await gate;
      return { id: 'made', lastMessage: '你好' };
    });
    await eventually(
      () => docs('idempotency', { action: 'test.once' }),
      (d) => d.length === 1,
    );
    const repeat = once(intent, clock, async () => {
      runs += 1;
      return { id: 'second' };
    });
    // A repeat whose own invocation is about to end answers CONFLICT instead of waiting.
    const late = once(intent, { now: clock.now, deadline: Date.now() }, async () => ({ id: 'late' }));
    expect(await refusal(late)).toBe('CONFLICT');
    release();
    expect(await repeat).toEqual({ id: 'made', lastMessage: '你好' });
    expect(await first).toEqual({ id: 'made', lastMessage: '你好' });
    expect(runs).toBe(1);
  });

  it('keeps answers for a day, and the nightly purge deletes the expired ones', async () => {
    const r = await app.createUser('resident');
    const start = (clientKey: string) =>
      app.call(r.openid, 'consultation', 'start', {
        disputeType: '邻里',
        description: '邻居家的狗夜里一直叫，影响休息',
        clientKey,
      });
    dataOf(await start(key()));
    dataOf(await start(key()));
    const records = await docs('idempotency', { action: 'consultation.start' });
    expect(records).toHaveLength(2);
    const [old, fresh] = records;
    expect(fresh!.expiresAt - fresh!.createdAt).toBe(24 * 3600_000);
    await sdk(
      app.db
        .collection('idempotency')
        .doc(old!._id)
        .update({ data: { expiresAt: Date.now() - 1000 } }),
    );
    const limits = await docs('rate_limits', { _id: app.db.RegExp({ regexp: r.openid }) });
    expect(limits.length).toBeGreaterThan(0);
    await sdk(
      app.db
        .collection('rate_limits')
        .doc(limits[0]!._id)
        .update({ data: { expiresAt: Date.now() - 1000 } }),
    );

    const run = await app.devcloud.triggers.runNow('legalaid', 'purge');
    expect(run.ok && (run.result as { ok: boolean }).ok).toBe(true);
    expect(await docs('idempotency', { _id: old!._id })).toEqual([]);
    expect(await docs('idempotency', { _id: fresh!._id })).toHaveLength(1);
    expect(await docs('rate_limits', { _id: limits[0]!._id })).toEqual([]);
  });
});

describe('rate limits count the last window, not the clock minute (server/rate-limit.ts)', () => {
  const minute = 60_000;
  const limit = { max: 5, windowMs: minute };

  it('counts a burst that crosses a minute boundary whole', async () => {
    const { enforceRateLimit } = await import('@server/rate-limit');
    const openid = `o-${key()}`;
    const boundary = Math.ceil(Date.now() / minute) * minute;
    const hit = (at: number) => refusal(enforceRateLimit(openid, 'test.burst', limit, at));
    for (const at of [boundary - 3000, boundary - 2000, boundary - 1000]) expect(await hit(at)).toBe('OK');
    for (const at of [boundary + 1000, boundary + 2000]) expect(await hit(at)).toBe('OK');
    expect(await hit(boundary + 3000)).toBe('RATE_LIMITED');
    expect(await hit(boundary + 4000)).toBe('RATE_LIMITED');
    // A minute on, the three hits before the boundary have left the window and the two after it have not;
    // the two refused tries count nothing, so three more go through.
    const later = boundary - 3000 + minute;
    for (const at of [later, later + 1, later + 2]) expect(await hit(at)).toBe('OK');
    expect(await hit(later + 3)).toBe('RATE_LIMITED');
  });
});
