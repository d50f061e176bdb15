import type { CaseDetail } from '@contracts/case/models';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();
const HOUR = 3_600_000;

async function reminders(caseId: string): Promise<{ status: string; startAt: number; touser: string }[]> {
  const res = await sdk(app.db.collection('reminders').where({ caseId }).get());
  return (res as unknown as { data: { status: string; startAt: number; touser: string }[] }).data;
}

/** A fresh mediator (round the clock) and resident, with the free slot starts. */
async function setup(notice = 24) {
  const m = await createMediator(app, '张桂兰', { ...roundTheClock, cancelNoticeHours: notice });
  const r = await app.createUser('resident', { nickname: '李大爷', village: '东山村' });
  return { m, r, free: starts(await slotDays(app, r.openid, m.mediatorId)) };
}

describe('confirming, declining and proposing', () => {
  it('confirms a booking: accepted and scheduled, the resident is told, reminders wait for the day before', async () => {
    const { m, r, free } = await setup();
    const startAt = free[30]!;
    const c = await book(app, r.openid, m.mediatorId, startAt);
    expect(c).toMatchObject({ state: 'submitted', booking: { status: 'pending', startAt } });
    expect(c.caseNumber).toMatch(/^\d{4}-邻里-\d{4}$/);
    app.devcloud.openapi.grantSubscription(r.openid, testTemplateIds.bookingUpdate);
    const done = dataOf<CaseDetail>(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    expect(done).toMatchObject({ state: 'scheduled', booking: { status: 'confirmed' } });
    expect(done.timeline.map((e) => e.event)).toEqual(['submit', 'accept', 'schedule']);
    const sent = app.devcloud.openapi.outbox(r.openid);
    expect(sent.at(-1)).toMatchObject({ templateId: testTemplateIds.bookingUpdate });
    const rs = await reminders(c.id);
    expect(rs).toHaveLength(2);
    expect(rs.every((x) => x.status === 'scheduled' && x.startAt === startAt)).toBe(true);
    expect(codeOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }))).toBe('CONFLICT');
  });

  it('declines with a reason and frees the slot', async () => {
    const { m, r, free } = await setup();
    const c = await book(app, r.openid, m.mediatorId, free[5]!);
    expect(codeOf(await app.call(m.openid, 'booking', 'decline', { caseId: c.id }))).toBe('BAD_REQUEST');
    const d = dataOf<CaseDetail>(
      await app.call(m.openid, 'booking', 'decline', {
        caseId: c.id,
        reason: '不属于人民调解范围，请向法院起诉',
      }),
    );
    expect(d).toMatchObject({ state: 'closed', booking: { status: 'declined' } });
    expect(starts(await slotDays(app, r.openid, m.mediatorId))).toContain(free[5]);
  });

  it('proposes another time; the resident accepts it, or refuses and picks again', async () => {
    const { m, r, free } = await setup();
    const c = await book(app, r.openid, m.mediatorId, free[5]!);
    const p = dataOf<CaseDetail>(
      await app.call(m.openid, 'booking', 'propose', { caseId: c.id, startAt: free[8]! }),
    );
    expect(p).toMatchObject({ state: 'accepted', booking: { status: 'proposed', startAt: free[8] } });
    const open = starts(await slotDays(app, r.openid, m.mediatorId));
    expect(open).toContain(free[5]);
    expect(open).not.toContain(free[8]);
    const ok = dataOf<CaseDetail>(
      await app.call(r.openid, 'booking', 'respond', { caseId: c.id, accept: true }),
    );
    expect(ok).toMatchObject({ state: 'scheduled', booking: { status: 'confirmed', startAt: free[8] } });

    const c2 = await book(app, r.openid, m.mediatorId, free[10]!);
    dataOf(await app.call(m.openid, 'booking', 'propose', { caseId: c2.id, startAt: free[11]! }));
    const no = dataOf<CaseDetail>(
      await app.call(r.openid, 'booking', 'respond', { caseId: c2.id, accept: false }),
    );
    expect(no.booking.status).toBe('needs_slot');
    expect(no.nextStep).toContain('重新选择');
    const again = dataOf<CaseDetail>(
      await app.call(r.openid, 'booking', 'reschedule', { caseId: c2.id, startAt: free[12]! }),
    );
    expect(again.booking).toMatchObject({ status: 'pending', startAt: free[12], rescheduleCount: 0 });
  });

  it('refuses a proposal onto a taken slot with a clear answer', async () => {
    const { m, r, free } = await setup();
    await book(app, r.openid, m.mediatorId, free[2]!);
    const c = await book(app, r.openid, m.mediatorId, free[3]!);
    const res = await app.call(m.openid, 'booking', 'propose', { caseId: c.id, startAt: free[2]! });
    expect(res.ok ? '' : res.error.message).toBe('该时段已被预约，请选择其他时间');
  });
});

describe('rescheduling and cancelling', () => {
  it('moves a confirmed booking at most twice, cancelling the old reminders each time', async () => {
    const { m, r, free } = await setup();
    const c = await book(app, r.openid, m.mediatorId, free[40]!);
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    const one = dataOf<CaseDetail>(
      await app.call(r.openid, 'booking', 'reschedule', {
        caseId: c.id,
        startAt: free[41]!,
        reason: '那天要去医院',
      }),
    );
    expect(one.booking).toMatchObject({ status: 'confirmed', startAt: free[41], rescheduleCount: 1 });
    const rs = await reminders(c.id);
    expect(rs.filter((x) => x.status === 'cancelled').map((x) => x.startAt)).toEqual([free[40], free[40]]);
    expect(rs.filter((x) => x.status === 'scheduled').map((x) => x.startAt)).toEqual([free[41], free[41]]);
    dataOf(await app.call(m.openid, 'booking', 'reschedule', { caseId: c.id, startAt: free[42]! }));
    const third = await app.call(r.openid, 'booking', 'reschedule', { caseId: c.id, startAt: free[43]! });
    expect(codeOf(third)).toBe('CONFLICT');
    expect(third.ok ? '' : third.error.message).toContain('2次');
    expect(starts(await slotDays(app, r.openid, m.mediatorId))).toEqual(
      expect.arrayContaining([free[40], free[41], free[43]]),
    );
  });

  it('lets a resident cancel only with a reason and at least the notice; the mediator may override', async () => {
    const { m, r, free } = await setup(24);
    // Clear of the one-hour booking lead, so the slot is still bookable a few seconds later.
    const soon = free.find((s) => s - Date.now() > 2 * HOUR && s - Date.now() < 20 * HOUR)!;
    const later = free.find((s) => s - Date.now() > 30 * HOUR)!;
    const near = await book(app, r.openid, m.mediatorId, soon);
    const far = await book(app, r.openid, m.mediatorId, later);
    for (const c of [near, far]) dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    expect(codeOf(await app.call(r.openid, 'booking', 'cancel', { caseId: far.id }))).toBe('BAD_REQUEST');
    const refused = await app.call(r.openid, 'booking', 'cancel', {
      caseId: near.id,
      reason: '家里有事去不了',
    });
    expect(refused.ok ? '' : refused.error.message).toContain('24小时');
    const ok = dataOf<CaseDetail>(
      await app.call(r.openid, 'booking', 'cancel', { caseId: far.id, reason: '已经和邻居私下说好了' }),
    );
    expect(ok).toMatchObject({ state: 'withdrawn', booking: { status: 'cancelled' } });
    expect((await reminders(far.id)).every((x) => x.status === 'cancelled')).toBe(true);
    const byMediator = dataOf<CaseDetail>(
      await app.call(m.openid, 'booking', 'cancel', { caseId: near.id, reason: '临时要去县里开会' }),
    );
    expect(byMediator).toMatchObject({ state: 'accepted', booking: { status: 'cancelled' } });
    expect(starts(await slotDays(app, r.openid, m.mediatorId))).toEqual(
      expect.arrayContaining([soon, later]),
    );
  });

  it('follows a configured notice of zero hours', async () => {
    const { m, r, free } = await setup(0);
    const c = await book(app, r.openid, m.mediatorId, free[3]!);
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    expect(codeOf(await app.call(r.openid, 'booking', 'cancel', { caseId: c.id, reason: '临时有事' }))).toBe(
      'OK',
    );
  });
});

describe('day-before reminders', () => {
  it('sends due reminders from the timer once, and records a user without credit', async () => {
    const { m, r, free } = await setup();
    const c = await book(app, r.openid, m.mediatorId, free[3]!);
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    app.devcloud.openapi.grantSubscription(r.openid, testTemplateIds.bookingReminder);
    const before = app.devcloud.openapi.outbox(r.openid).length;
    const run = await app.devcloud.triggers.runNow('booking', 'remind');
    expect(run.ok).toBe(true);
    const after = app.devcloud.openapi.outbox(r.openid);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ templateId: testTemplateIds.bookingReminder });
    const rs = await reminders(c.id);
    expect(rs.find((x) => x.touser === r.openid)?.status).toBe('sent');
    expect(rs.find((x) => x.touser === m.openid)?.status).toBe('no_credit');
    await app.devcloud.triggers.runNow('booking', 'remind');
    expect(app.devcloud.openapi.outbox(r.openid).length).toBe(before + 1);
  });

  it('tracks the credits a user granted and asks again when they run out', async () => {
    const r = await app.createUser('resident');
    const needed = dataOf<{ needed: string[] }>(await app.call(r.openid, 'booking', 'subscriptions', {}));
    expect(needed.needed).toEqual(['bookingUpdate', 'bookingReminder']);
    const after = dataOf<{ needed: string[] }>(
      await app.call(r.openid, 'booking', 'grantSubscriptions', { accepted: ['bookingUpdate'] }),
    );
    expect(after.needed).toEqual(['bookingReminder']);
  });
});

describe('from a consultation turned into a case', () => {
  it('fills in type and description for its own resident only, and keeps the link on the case', async () => {
    const { m, r, free } = await setup();
    const now = Date.now();
    const added = await sdk(
      app.db.collection('consultations').add({
        data: {
          residentOpenid: r.openid,
          disputeType: '婚姻家庭',
          description: '儿子们都不管老母亲的生活费，互相推。',
          descriptionHeld: false,
          outcome: 'case',
          status: 'closed',
          createdAt: now,
        },
      }),
    );
    const consultationId = (added as { _id: string })._id;
    const filled = dataOf<{ disputeType: string; description: string }>(
      await app.call(r.openid, 'booking', 'prefill', { consultationId }),
    );
    expect(filled).toEqual({ disputeType: '婚姻家庭', description: '儿子们都不管老母亲的生活费，互相推。' });
    const stranger = await app.createUser('resident');
    expect(codeOf(await app.call(stranger.openid, 'booking', 'prefill', { consultationId }))).toBe(
      'NOT_FOUND',
    );
    const c = await book(app, r.openid, m.mediatorId, free[3]!, {
      disputeType: '婚姻家庭',
      fromConsultationId: consultationId,
    });
    const stored = await sdk(app.db.collection('cases').doc(c.id).get());
    expect((stored as unknown as { data: { fromConsultationId: string } }).data.fromConsultationId).toBe(
      consultationId,
    );
  });
});

describe('wrong callers', () => {
  it('refuses other residents, other mediators and residents acting as staff', async () => {
    const { m, r, free } = await setup();
    const c = await book(app, r.openid, m.mediatorId, free[1]!);
    const stranger = await app.createUser('resident');
    const otherMediator = await createMediator(app, '孙建华');
    expect(codeOf(await app.call(stranger.openid, 'case', 'get', { caseId: c.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(await app.call(stranger.openid, 'booking', 'cancel', { caseId: c.id, reason: '不想去了' })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await app.call(r.openid, 'booking', 'confirm', { caseId: c.id }))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(otherMediator.openid, 'booking', 'confirm', { caseId: c.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await app.call(m.openid, 'booking', 'respond', { caseId: c.id, accept: true }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await app.call(r.openid, 'booking', 'create', { mediatorId: m.mediatorId, openid: 'x' })),
    ).toBe('BAD_REQUEST');
  });

  it('refuses a time outside the mediator’s hours', async () => {
    const { m, r } = await setup();
    const res = await app.call(r.openid, 'booking', 'create', {
      disputeType: '邻里',
      description: '邻居的树枝伸到我家屋顶上，下雨天瓦片被打坏。',
      otherParty: { name: '王五', relation: '邻居', village: '东山村' },
      mediatorId: m.mediatorId,
      startAt: Date.now() + 90 * 86_400_000,
      place: 'village_room',
    });
    expect(res.ok ? '' : res.error.message).toBe('这个时间不能预约，请重新选择');
  });
});
