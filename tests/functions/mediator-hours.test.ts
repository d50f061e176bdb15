import type { Availability } from '@contracts/booking';
import { defaultAvailability } from '@server/booking/availability';
import { hoursText, nextWorkingStart } from '@server/booking/hours';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, startConsultation } from '../helpers/consultation';

const app = useAppCloud();
jest.setTimeout(60_000);

/** Beijing wall-clock time as epoch ms (UTC+8, no daylight saving). */
const beijing = (iso: string) => Date.parse(`${iso}+08:00`);

const tueThu: Availability = {
  ...defaultAvailability,
  weekly: [2, 4].map((weekday) => ({ weekday, start: '09:00', end: '16:00' })),
};

describe('working hours from one source', () => {
  it('says the hours in words, consecutive weekdays as a range', () => {
    expect(hoursText(defaultAvailability)).toBe('周一至周五 9:00-12:00、14:00-17:00');
    expect(hoursText(tueThu)).toBe('周二、周四 9:00-16:00');
    expect(hoursText({ ...defaultAvailability, weekly: [] })).toBe('暂未设置工作时间');
  });

  it('knows when the mediator is next at work: now inside hours, the next morning at night, skipping days off', () => {
    // 2026-12-01 is a Tuesday.
    expect(nextWorkingStart(defaultAvailability, beijing('2026-12-01T10:00:00'))).toBe(
      beijing('2026-12-01T10:00:00'),
    );
    expect(nextWorkingStart(defaultAvailability, beijing('2026-12-01T12:30:00'))).toBe(
      beijing('2026-12-01T14:00:00'),
    );
    expect(nextWorkingStart(defaultAvailability, beijing('2026-12-01T22:00:00'))).toBe(
      beijing('2026-12-02T09:00:00'),
    );
    // Friday night: Monday morning.
    expect(nextWorkingStart(defaultAvailability, beijing('2026-12-04T21:00:00'))).toBe(
      beijing('2026-12-07T09:00:00'),
    );
    const leaveWednesday = {
      ...defaultAvailability,
      exceptions: [{ date: '2026-12-02', kind: 'leave' as const }],
    };
    expect(nextWorkingStart(leaveWednesday, beijing('2026-12-01T22:00:00'))).toBe(
      beijing('2026-12-03T09:00:00'),
    );
  });

  it('puts the availability hours on the mediator card, after the mediator changes them too', async () => {
    const m = await createMediator(app, { name: '周二周四', specialties: ['婚姻家庭'] });
    const card = async () =>
      dataOf<{ items: { id: string; hours: string }[] }>(
        await app.call('r', 'mediator', 'list', { disputeType: '婚姻家庭' }),
      ).items.find((c) => c.id === m.mediatorId)?.hours;
    expect(await card()).toBe('周一至周五 9:00-12:00、14:00-17:00');
    dataOf(await app.call(m.openid, 'booking', 'setAvailability', tueThu));
    expect(await card()).toBe('周二、周四 9:00-16:00');
  });

  it('tells a waiting resident their place in the queue, and an offline mediator’s chat when to expect a reply', async () => {
    const { openid: first } = await app.createUser('resident');
    const { openid: second } = await app.createUser('resident');
    // Nobody handles 土地承包 online here, so both wait in the open queue for that type.
    const a = await startConsultation(app, first, { disputeType: '山林土地' });
    const b = await startConsultation(app, second, { disputeType: '山林土地' });
    const seen = dataOf<{ status: string; queueAhead?: number; replyFrom?: number }>(
      await app.call(second, 'consultation', 'get', { consultationId: b.id }),
    );
    expect(seen.status).toBe('waiting');
    const ahead = dataOf<{ queueAhead?: number }>(
      await app.call(first, 'consultation', 'get', { consultationId: a.id }),
    ).queueAhead;
    expect(seen.queueAhead).toBe((ahead ?? 0) + 1);

    const offline = await createMediator(app, { name: '离线的', specialties: ['劳动争议'], online: false });
    const { openid: resident } = await app.createUser('resident');
    const c = await startConsultation(app, resident, {
      disputeType: '劳动争议',
      mediatorId: offline.mediatorId,
    });
    const before = Date.now();
    const chat = dataOf<{ replyFrom?: number; mediator: { hours?: string } | null }>(
      await app.call(resident, 'consultation', 'get', { consultationId: c.id }),
    );
    const after = Date.now();
    expect(chat.mediator?.hours).toBe('周一至周五 9:00-12:00、14:00-17:00');
    // Offline outside the hours: a reply is expected when they next begin; inside them, no time is promised.
    const next = nextWorkingStart(defaultAvailability, before) ?? 0;
    if (next > after) expect(chat.replyFrom).toBe(next);
    else if (next <= before) expect(chat.replyFrom).toBeUndefined();
  });
});
