import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, startConsultation, stored } from '../helpers/consultation';

const app = useAppCloud();

describe('assignment and the queue', () => {
  it('assigns an online mediator handling the type, least loaded first', async () => {
    const busy = await createMediator(app, { specialties: ['山林土地'], capacity: 5 });
    const idle = await createMediator(app, { specialties: ['山林土地'], capacity: 5 });
    await createMediator(app, { specialties: ['劳动争议'], capacity: 5 });
    const r1 = await app.createUser('resident');
    const first = await startConsultation(app, r1.openid, { disputeType: '山林土地' });
    const second = await startConsultation(app, r1.openid, { disputeType: '山林土地' });
    expect(first.status).toBe('open');
    expect(new Set([first.mediator?.id, second.mediator?.id])).toEqual(
      new Set([busy.mediatorId, idle.mediatorId]),
    );
  });

  it('queues when everyone is full, and gives the oldest waiting one to a mediator who frees up', async () => {
    const m = await createMediator(app, { specialties: ['婚姻家庭'], capacity: 1 });
    const resident = await app.createUser('resident');
    const open = await startConsultation(app, resident.openid, { disputeType: '婚姻家庭' });
    expect(open.mediator?.id).toBe(m.mediatorId);
    const older = await startConsultation(app, resident.openid, { disputeType: '婚姻家庭' });
    const newer = await startConsultation(app, resident.openid, { disputeType: '婚姻家庭' });
    expect([older.status, older.mediator, newer.status]).toEqual(['waiting', null, 'waiting']);

    dataOf(
      await app.call(m.openid, 'consultation', 'close', { consultationId: open.id, outcome: 'answered' }),
    );
    expect((await stored(app, 'consultations', older.id)).status).toBe('open');
    expect((await stored(app, 'consultations', newer.id)).status).toBe('waiting');
    expect((await stored(app, 'mediators', m.mediatorId)).openCount).toBe(1);
  });

  it('gives waiting consultations to a mediator who comes online, up to capacity', async () => {
    const m = await createMediator(app, { specialties: ['房屋宅基地'], capacity: 2, online: false });
    const resident = await app.createUser('resident');
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await startConsultation(app, resident.openid, { disputeType: '房屋宅基地' })).id);
    const res = dataOf<{ assigned: number }>(
      await app.call(m.openid, 'consultation', 'setOnline', { online: true }),
    );
    expect(res.assigned).toBe(2);
    const statuses = await Promise.all(
      ids.map(async (id) => (await stored(app, 'consultations', id)).status),
    );
    expect(statuses).toEqual(['open', 'open', 'waiting']);
    dataOf(await app.call(m.openid, 'consultation', 'setOnline', { online: false }));
    expect((await stored(app, 'mediators', m.mediatorId)).online).toBe(false);
  });

  it('keeps a consultation for the mediator the resident chose, even when they are full or offline', async () => {
    const chosen = await createMediator(app, { specialties: ['婚姻家庭'], capacity: 1, online: false });
    await createMediator(app, { specialties: ['婚姻家庭'], capacity: 5, online: true });
    const resident = await app.createUser('resident');
    const first = await startConsultation(app, resident.openid, {
      disputeType: '婚姻家庭',
      mediatorId: chosen.mediatorId,
    });
    expect(first.mediator?.id).toBe(chosen.mediatorId);
    const second = await startConsultation(app, resident.openid, {
      disputeType: '婚姻家庭',
      mediatorId: chosen.mediatorId,
    });
    expect(second.status).toBe('waiting');
    dataOf(
      await app.call(chosen.openid, 'consultation', 'close', { consultationId: first.id, outcome: 'advice' }),
    );
    expect((await stored(app, 'consultations', second.id)).mediatorId).toBe(chosen.mediatorId);
  });

  it('never overfills a mediator when starts race (capacity 1, eight at once)', async () => {
    const m = await createMediator(app, { specialties: ['其他'], capacity: 1 });
    const residents = await Promise.all(Array.from({ length: 8 }, () => app.createUser('resident')));
    const results = await Promise.all(
      residents.map((r) => startConsultation(app, r.openid, { disputeType: '其他' })),
    );
    expect(results.filter((c) => c.status === 'open')).toHaveLength(1);
    expect(results.filter((c) => c.status === 'waiting')).toHaveLength(7);
    expect((await stored(app, 'mediators', m.mediatorId)).openCount).toBe(1);
  });

  it('lets an admin reassign, and the old mediator loses access', async () => {
    const a = await createMediator(app, { specialties: ['劳动争议'], capacity: 3 });
    const resident = await app.createUser('resident');
    const c = await startConsultation(app, resident.openid, {
      disputeType: '劳动争议',
      mediatorId: a.mediatorId,
    });
    const b = await createMediator(app, { specialties: ['劳动争议'], capacity: 3, name: '新调解员' });
    const admin = await app.createUser('admin');
    const moved = dataOf<{ mediator: { id: string } }>(
      await app.call(admin.openid, 'consultation', 'reassign', {
        consultationId: c.id,
        mediatorId: b.mediatorId,
      }),
    );
    expect(moved.mediator.id).toBe(b.mediatorId);
    expect(codeOf(await app.call(a.openid, 'consultation', 'get', { consultationId: c.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      dataOf<{ items: { text: string }[] }>(
        await app.call(b.openid, 'message', 'history', { consultationId: c.id }),
      ).items[0]?.text,
    ).toContain('排水沟');
    expect(
      codeOf(
        await app.call(admin.openid, 'consultation', 'reassign', {
          consultationId: c.id,
          mediatorId: b.mediatorId,
        }),
      ),
    ).toBe('CONFLICT');
  });
});
