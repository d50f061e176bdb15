import type { ApiResult } from '@contracts/errors';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import {
  createMediator as bookable,
  bookingInput,
  roundTheClock,
  slotDays,
  starts,
} from '../helpers/booking';
import { key, startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';
import { heldItemWith } from '../helpers/moderation';

// Two workers running several invocations each: the identical calls truly overlap, as a double tap does.
const app = useAppCloud({ poolSize: 2, maxWorkers: 2 });
jest.setTimeout(180_000);

/** A text the local content check holds for review (devcloud/openapi/security.ts). */
const reviewText = '有事可以加微信聊';

const times = <T>(n: number, call: () => Promise<T>) => Promise.all(Array.from({ length: n }, call));

async function countOf(collection: string, where: Record<string, unknown>): Promise<number> {
  return ((await sdk(app.db.collection(collection).where(where).count())) as { total: number }).total;
}

/** Every answer is the data or a clear refusal with a Chinese message; never INTERNAL. */
function expectNoInternal(results: ApiResult<unknown>[]): void {
  for (const r of results) {
    expect(codeOf(r)).not.toBe('INTERNAL');
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
  }
}

/** All answers ok and identical: the repeats got the first answer. */
function expectOneAnswer(results: ApiResult<unknown>[]): Record<string, unknown> {
  expect(results.map(codeOf)).toEqual(results.map(() => 'OK'));
  const first = dataOf(results[0]!);
  for (const r of results) expect(dataOf(r)).toEqual(first);
  return first;
}

describe('one intent, one effect, however often it arrives', () => {
  it('50 identical consultation.start: one consultation, one answer, and the next real start works', async () => {
    const r = await app.createUser('resident');
    const payload = {
      disputeType: '邻里',
      description: '隔壁的排水沟堵了，水流到我家院子里',
      clientKey: key(),
    };
    const results = await times(50, () => app.call(r.openid, 'consultation', 'start', payload));
    const first = expectOneAnswer(results);
    // The answer is the finished consultation, its first message in place, never one half made.
    expect(first.lastMessage).toBe(payload.description);
    expect(await countOf('consultations', { residentOpenid: r.openid })).toBe(1);
    expect(await countOf('messages', { consultationId: first.id })).toBe(1);
    // The repeats counted no rate limit: the resident's next own start goes through.
    const next = await startConsultation(app, r.openid, { description: '另一件事：村口的路灯坏了很久了' });
    expect(next.id).not.toBe(first.id);
  });

  it('20 identical legalaid.submit: one application and one number', async () => {
    const r = await app.createUser('resident');
    const payload = { form: completeForm(app, r.id), consent, clientKey: key() };
    const results = await times(20, () => app.call(r.openid, 'legalaid', 'submit', payload));
    expectOneAnswer(results);
    expect(await countOf('legal_aid_applications', { applicantId: r.id })).toBe(1);
    const again = await app.call(r.openid, 'legalaid', 'submit', payload);
    expect(dataOf(again)).toEqual(dataOf(results[0]!));
  });

  it('lets a refused first try go again with its key, and refuses the key for other content', async () => {
    const r = await app.createUser('resident');
    const clientKey = key();
    const form = completeForm(app, r.id);
    const stale = { form, consent: { ...consent, version: 'old' }, clientKey };
    expect(codeOf(await app.call(r.openid, 'legalaid', 'submit', stale))).toBe('CONFLICT');
    const made = dataOf(await app.call(r.openid, 'legalaid', 'submit', { form, consent, clientKey }));
    expect(made).toMatchObject({ status: 'submitted' });
    const other = {
      form: { ...form, summary: '另一件事：邻居占了我家的宅基地，多次协商无果。' },
      consent,
      clientKey,
    };
    const reused = await app.call(r.openid, 'legalaid', 'submit', other);
    expect(reused.ok ? 'OK' : reused.error.message).toBe('这个请求编号已用于另一份内容，请刷新页面后再提交');
    expect(await countOf('legal_aid_applications', { applicantId: r.id })).toBe(1);
  });

  it('20 identical booking.create: one case, one slot, one answer', async () => {
    const m = await bookable(app, '周国平', roundTheClock);
    const r = await app.createUser('resident');
    const slot = starts(await slotDays(app, r.openid, m.mediatorId))[3]!;
    const payload = { ...bookingInput(m.mediatorId, slot), clientKey: key() };
    const results = await times(20, () => app.call(r.openid, 'booking', 'create', payload));
    expectOneAnswer(results);
    expect(await countOf('cases', { residentId: r.id })).toBe(1);
    expect(await countOf('booking_slots', { mediatorId: m.mediatorId })).toBe(1);
  });

  it('20 identical message.send: one message, and no rate limit used up by the repeats', async () => {
    const m = await bookable(app, '吴海燕');
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    const payload = { consultationId: c.id, clientMsgId: key(), text: '您好，请问什么时候方便？' };
    const results = await times(20, () => app.call(r.openid, 'message', 'send', payload));
    expectOneAnswer(results);
    expect(await countOf('messages', { consultationId: c.id, side: 'resident' })).toBe(2);
    const next = await app.call(r.openid, 'message', 'send', { ...payload, clientMsgId: key() });
    expect(codeOf(next)).toBe('OK');
  });

  it('20 notice.publish with reminders: published once, one audit entry, one message per resident', async () => {
    const admin = await app.createUser('admin');
    const template = testTemplateIds.noticePublished;
    const residents = await times(3, () => app.createUser('resident'));
    for (const r of residents) {
      // Plenty of credit each: a second publication would spend another one.
      for (let i = 0; i < 5; i += 1) {
        dataOf(await app.call(r.openid, 'notice', 'subscribe', { accepted: true }));
        app.devcloud.openapi.grantSubscription(r.openid, template);
      }
    }
    const save = (title: string) =>
      app.call(admin.openid, 'notice', 'save', { title, category: '通知公告', body: '请注意用火用电安全。' });
    const withKey = dataOf<{ id: string }>(await save('冬季防火安全提示'));
    const payload = { id: withKey.id, pushSubscribers: true, clientKey: key() };
    expectOneAnswer(await times(20, () => app.call(admin.openid, 'notice', 'publish', payload)));
    // Without a key (an old client), the conditional write lets exactly one through.
    const noKey = dataOf<{ id: string }>(await save('春节期间办公安排'));
    const raced = await times(20, () =>
      app.call(admin.openid, 'notice', 'publish', { id: noKey.id, pushSubscribers: true }),
    );
    expectNoInternal(raced);
    expect(raced.filter((x) => x.ok)).toHaveLength(1);
    for (const id of [withKey.id, noKey.id]) {
      expect(await countOf('audit_logs', { action: 'notice.publish', targetId: id })).toBe(1);
      const sent = app.devcloud.openapi
        .outbox()
        .filter((m) => m.templateId === template && m.page?.endsWith(`id=${id}`));
      expect(sent.map((m) => m.touser).sort()).toEqual(residents.map((r) => r.openid).sort());
    }
  });

  it('50 concurrent saveQuickReply never store more than 20; a double tap with one key stores one', async () => {
    const m = await bookable(app, '郑秀兰');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.call(m.openid, 'consultation', 'saveQuickReply', { text: `常用语第${i + 1}条` }),
      ),
    );
    expectNoInternal(results);
    const stored = await countOf('quick_replies', { mediatorId: m.mediatorId });
    expect(stored).toBe(20);
    expect(results.filter((x) => x.ok)).toHaveLength(20);
    // Ten taps on 删除 of one reply free one place, not ten.
    const gone = dataOf<{ id: string }>(results.find((x) => x.ok)!);
    expectNoInternal(
      await times(10, () => app.call(m.openid, 'consultation', 'deleteQuickReply', { id: gone.id })),
    );
    const refill = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.call(m.openid, 'consultation', 'saveQuickReply', { text: `补一条${i + 1}` }),
      ),
    );
    expect(refill.filter((x) => x.ok)).toHaveLength(1);
    expect(await countOf('quick_replies', { mediatorId: m.mediatorId })).toBe(20);
    const other = await bookable(app, '冯建国');
    const payload = { text: '请稍等，我马上回复您。', clientKey: key() };
    expectOneAnswer(await times(20, () => app.call(other.openid, 'consultation', 'saveQuickReply', payload)));
    expect(await countOf('quick_replies', { mediatorId: other.mediatorId })).toBe(1);
  });

  it('20 identical notice.save of a new notice make one draft', async () => {
    const admin = await app.createUser('admin');
    const payload = {
      title: '农忙时节调解室照常开放',
      category: '便民服务',
      body: '周末也有调解员值班。',
      clientKey: key(),
    };
    const first = expectOneAnswer(await times(20, () => app.call(admin.openid, 'notice', 'save', payload)));
    expect(await countOf('notices', { title: payload.title })).toBe(1);
    expect(await countOf('audit_logs', { action: 'notice.create', targetId: first.id })).toBe(1);
  });

  it('20 admins releasing one held message at once: it is released once', async () => {
    const m = await bookable(app, '陈志强');
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    const before = await stored(app, 'consultations', c.id);
    const held = dataOf<{ id: string; status: string }>(
      await app.call(r.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        text: reviewText,
      }),
    );
    expect(held.status).toBe('review');
    const admins = await times(20, () => app.createUser('admin'));
    const item = await heldItemWith(app, (admins[0] as { openid: string }).openid, reviewText);
    const results = await Promise.all(
      admins.map((a) => app.call(a.openid, 'moderation', 'decide', { id: item.id, approve: true })),
    );
    expectNoInternal(results);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    const after = await stored(app, 'consultations', c.id);
    expect(after.unreadMediator).toBe((before.unreadMediator as number) + 1);
    expect(await countOf('audit_logs', { action: 'moderation.approve', targetId: item.id })).toBe(1);
  });

  it('20 concurrent deactivations hand the work over once, with one audit entry', async () => {
    const admin = await app.createUser('admin');
    const m = await bookable(app, '褚红梅');
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    const results = await times(20, () =>
      app.call(admin.openid, 'mediator', 'setActive', { id: m.mediatorId, active: false }),
    );
    expectNoInternal(results);
    expect(results.map(codeOf)).toEqual(results.map(() => 'OK'));
    expect(await countOf('audit_logs', { action: 'mediator.deactivate', targetId: m.mediatorId })).toBe(1);
    const moved = results.map((x) => dataOf<{ requeued: number; reassigned: number }>(x));
    expect(moved.reduce((n, x) => n + x.requeued + x.reassigned, 0)).toBe(1);
    expect(await stored(app, 'consultations', c.id)).not.toMatchObject({ mediatorId: m.mediatorId });
  });

  it('20 concurrent user.setRole: one change, one audit entry, the same answer to all', async () => {
    const admin = await app.createUser('admin');
    const u = await app.createUser('resident');
    const results = await times(20, () =>
      app.call(admin.openid, 'user', 'setRole', { userId: u.id, role: 'mediator' }),
    );
    expectOneAnswer(results);
    expect(await countOf('audit_logs', { action: 'user.setRole', targetId: u.id })).toBe(1);
    expect(await countOf('mediators', { userId: u.id })).toBe(1);
  });
});
