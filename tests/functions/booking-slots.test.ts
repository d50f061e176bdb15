import type { Availability } from '@contracts/booking';
import { computeSlots, findFreeSlot } from '@server/booking/slots';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';

// 2026-03-02 is a Monday. 07:00 in Shanghai is 23:00 UTC the day before: the zone must come from the rules,
// not from the machine.
const mondayMorning = Date.parse('2026-03-01T23:00:00Z');
const at = (iso: string) => Date.parse(iso);
const weekdays: Availability = {
  weekly: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 1, start: '14:00', end: '16:00' },
    { weekday: 3, start: '09:00', end: '11:00' },
  ],
  slotMinutes: 60,
  exceptions: [],
  cancelNoticeHours: 24,
};

describe('slot computation (pure, Asia/Shanghai)', () => {
  it('cuts working hours into slots in Shanghai time, whatever the server zone', () => {
    const days = computeSlots(weekdays, [], mondayMorning, 3);
    expect(days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-04']);
    expect(days[0]!.label).toBe('3月2日 周一');
    expect(days[0]!.slots.map((s) => new Date(s.startAt).toISOString())).toEqual([
      '2026-03-02T01:00:00.000Z',
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T03:00:00.000Z',
      '2026-03-02T06:00:00.000Z',
      '2026-03-02T07:00:00.000Z',
    ]);
    expect(days[1]!.label).toBe('3月4日 周三');
  });

  it('uses the slot length and drops a tail that does not fit', () => {
    const days = computeSlots({ ...weekdays, slotMinutes: 90 }, [], mondayMorning, 1);
    expect(days[0]!.slots.map((s) => (s.endAt - s.startAt) / 60_000)).toEqual([90, 90, 90]);
    expect(new Date(days[0]!.slots[1]!.startAt).toISOString()).toBe('2026-03-02T02:30:00.000Z');
  });

  it('skips days off (leave and holidays)', () => {
    const av = { ...weekdays, exceptions: [{ date: '2026-03-02', kind: 'leave' as const }] };
    expect(computeSlots(av, [], mondayMorning, 3).map((d) => d.date)).toEqual(['2026-03-04']);
  });

  it('removes slots overlapping existing bookings, even of another length', () => {
    const taken = [{ startAt: at('2026-03-02T01:30:00Z'), endAt: at('2026-03-02T02:30:00Z') }];
    const first = computeSlots(weekdays, taken, mondayMorning, 1)[0]!;
    expect(first.slots.map((s) => new Date(s.startAt).toISOString().slice(11, 16))).toEqual([
      '03:00',
      '06:00',
      '07:00',
    ]);
  });

  it('leaves out slots starting within the hour and in the past', () => {
    const late = at('2026-03-02T01:30:00Z'); // 09:30 Shanghai
    const first = computeSlots(weekdays, [], late, 1)[0]!;
    expect(first.slots.map((s) => new Date(s.startAt).toISOString().slice(11, 16))).toEqual([
      '03:00',
      '06:00',
      '07:00',
    ]);
    expect(findFreeSlot(weekdays, [], late, at('2026-03-02T02:00:00Z'))).toBeNull();
  });

  it('finds a free slot only at an exact slot start', () => {
    expect(findFreeSlot(weekdays, [], mondayMorning, at('2026-03-02T01:00:00Z'))).not.toBeNull();
    expect(findFreeSlot(weekdays, [], mondayMorning, at('2026-03-02T01:15:00Z'))).toBeNull();
  });
});

describe('booking.slots and availability through the local cloud', () => {
  const app = useAppCloud();

  it('shows a resident the mediator’s free slots and hides a booked one', async () => {
    const m = await createMediator(app, '张桂兰', roundTheClock);
    const resident = await app.createUser('resident', { village: '东山村' });
    const before = starts(await slotDays(app, resident.openid, m.mediatorId));
    expect(before.length).toBeGreaterThan(100);
    const taken = before[3]!;
    dataOf(
      await app.call(resident.openid, 'booking', 'create', {
        disputeType: '邻里',
        description: '邻居家的狗经常跑到我家院子里咬鸡，说了几次都不管。',
        otherParty: { name: '赵六', relation: '邻居', village: '东山村' },
        mediatorId: m.mediatorId,
        startAt: taken,
        place: 'village_room',
      }),
    );
    const after = starts(await slotDays(app, resident.openid, m.mediatorId));
    expect(after).not.toContain(taken);
    expect(after.length).toBe(before.length - 1);
  });

  it('falls back to weekday office hours until a mediator sets their own', async () => {
    const m = await createMediator(app, '刘德明');
    const resident = await app.createUser('resident');
    const days = await slotDays(app, resident.openid, m.mediatorId);
    for (const d of days) expect(d.label).not.toMatch(/周[六日]/);
    const av = dataOf<Availability>(await app.call(m.openid, 'booking', 'availability', {}));
    expect(av.slotMinutes).toBe(60);
    expect(av.cancelNoticeHours).toBe(24);
  });

  it('lets an admin set a mediator’s hours, and refuses a mediator setting someone else’s or a resident', async () => {
    const m = await createMediator(app, '陈志强');
    const other = await createMediator(app, '赵敏');
    const admin = await app.createUser('admin');
    const leave = { ...roundTheClock, exceptions: [{ date: '2030-01-01', kind: 'holiday' as const }] };
    expect(
      dataOf<Availability>(
        await app.call(admin.openid, 'booking', 'setAvailability', { ...leave, mediatorId: m.mediatorId }),
      ).exceptions,
    ).toHaveLength(1);
    expect(
      codeOf(
        await app.call(other.openid, 'booking', 'setAvailability', { ...leave, mediatorId: m.mediatorId }),
      ),
    ).toBe('FORBIDDEN');
    const resident = await app.createUser('resident');
    expect(codeOf(await app.call(resident.openid, 'booking', 'setAvailability', leave))).toBe('FORBIDDEN');
    const bad = await app.call(m.openid, 'booking', 'setAvailability', {
      ...leave,
      weekly: [{ weekday: 1, start: '12:00', end: '09:00' }],
    });
    expect(codeOf(bad)).toBe('BAD_REQUEST');
  });

  it('picks a mediator by dispute type and village when the resident lets the system choose', async () => {
    const resident = await app.createUser('resident', { village: '东山村' });
    const res = dataOf<{ mediator: { name: string } }>(
      await app.call(resident.openid, 'booking', 'slots', { disputeType: '婚姻家庭' }),
    );
    expect(['张桂兰', '刘德明', '陈志强', '赵敏']).toContain(res.mediator.name);
  });
});
