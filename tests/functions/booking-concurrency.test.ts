import type { CaseDetail } from '@contracts/case/models';
import { dataOf } from '../helpers/app-cloud';
import {
  bookingInput,
  createMediator,
  roundTheClock,
  slotDays,
  starts,
  useCloudWithPool,
} from '../helpers/booking';
import { sdk } from '../helpers/devcloud';

// Two workers running several invocations each: transactions overlap for real and conflict at commit.
const app = useCloudWithPool(2);
jest.setTimeout(180_000);

async function claimsAt(mediatorId: string, startAt: number): Promise<{ caseId: string }[]> {
  const res = await sdk(app.db.collection('booking_slots').where({ mediatorId, startAt }).get());
  return (res as unknown as { data: { caseId: string }[] }).data;
}

async function casesAt(mediatorId: string, startAt: number): Promise<number> {
  const res = await sdk(app.db.collection('cases').where({ mediatorId, 'booking.startAt': startAt }).count());
  return (res as { total: number }).total;
}

describe('one slot, one booking', () => {
  it('gives exactly one of 100 simultaneous bookings of one slot, and a clear answer to the rest', async () => {
    const m = await createMediator(app, '张桂兰', roundTheClock);
    const residents = await Promise.all(Array.from({ length: 100 }, () => app.createUser('resident')));
    const slot = starts(await slotDays(app, residents[0]!.openid, m.mediatorId))[10]!;
    const results = await Promise.all(
      residents.map((r) => app.call(r.openid, 'booking', 'create', bookingInput(m.mediatorId, slot))),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    const messages = new Set(results.flatMap((r) => (r.ok ? [] : [r.error.message])));
    expect([...messages]).toEqual(['该时段已被预约，请选择其他时间']);
    const winner = dataOf<CaseDetail>(won[0]!);
    expect(await claimsAt(m.mediatorId, slot)).toEqual([expect.objectContaining({ caseId: winner.id })]);
    expect(await casesAt(m.mediatorId, slot)).toBe(1);
    // The losers left no case behind and used up no case number.
    const total = await sdk(app.db.collection('cases').where({ mediatorId: m.mediatorId }).count());
    expect((total as { total: number }).total).toBe(1);
  });

  it('gives exactly one of 100 simultaneous reschedules of different bookings onto one free slot', async () => {
    const m = await createMediator(app, '刘德明', roundTheClock);
    const residents = await Promise.all(Array.from({ length: 100 }, () => app.createUser('resident')));
    const free = starts(await slotDays(app, residents[0]!.openid, m.mediatorId));
    // Hours ahead, so the target is still bookable after the setup below takes its time.
    const target = free[5]!;
    const cases: CaseDetail[] = [];
    for (let i = 0; i < residents.length; i += 10) {
      const batch = residents.slice(i, i + 10);
      const made = await Promise.all(
        batch.map((r, j) =>
          app.call(r.openid, 'booking', 'create', bookingInput(m.mediatorId, free[6 + i + j]!)),
        ),
      );
      cases.push(...made.map((x) => dataOf<CaseDetail>(x)));
    }
    const results = await Promise.all(
      cases.map((c, i) =>
        app.call(residents[i]!.openid, 'booking', 'reschedule', { caseId: c.id, startAt: target }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(new Set(results.flatMap((r) => (r.ok ? [] : [r.error.message])))).toEqual(
      new Set(['该时段已被预约，请选择其他时间']),
    );
    const winner = dataOf<CaseDetail>(won[0]!);
    expect(await claimsAt(m.mediatorId, target)).toEqual([expect.objectContaining({ caseId: winner.id })]);
    expect(await casesAt(m.mediatorId, target)).toBe(1);
    // Nobody lost their own slot: 99 still hold theirs, the winner's old slot is free again.
    const held = await sdk(app.db.collection('booking_slots').where({ mediatorId: m.mediatorId }).count());
    expect((held as { total: number }).total).toBe(100);
  });
});
