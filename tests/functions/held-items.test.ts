import type { CaseDetail } from '@contracts/case/models';
import { type HeldItem, heldTexts } from '@contracts/moderation';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import {
  bookingInput,
  createMediator,
  roundTheClock,
  slotDays,
  starts,
  type TestMediator,
} from '../helpers/booking';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';
import { decideHeldWith, heldItemWith, inClientReadable } from '../helpers/moderation';

/**
 * Every text of a case that another person reads, written with a `review` word: held (the writer sees it
 * as held, the reader a placeholder, no client-readable document holds it), approved (the reader sees it)
 * or rejected (the reader never does). The chat and the consultation description are in
 * consultation-chat.test.ts and content-security.test.ts.
 */
const app = useAppCloud();
jest.setTimeout(120_000);

let m: TestMediator;
let admin: { openid: string };
let slots: number[] = [];
let seq = 0;

beforeAll(async () => {
  m = await createMediator(app, '张桂兰', roundTheClock);
  admin = await app.createUser('admin', { nickname: '王建国' });
  const resident = await app.createUser('resident');
  slots = starts(await slotDays(app, resident.openid, m.mediatorId));
});

const detail = async (openid: string, caseId: string) =>
  dataOf<CaseDetail>(await app.call(openid, 'case', 'get', { caseId }));

/** A fresh resident books a fresh slot with these changes to the usual form. */
async function bookWith(extra: Record<string, unknown>) {
  seq += 1;
  const r = await app.createUser('resident', { nickname: `居民${seq}` });
  const input = { ...bookingInput(m.mediatorId, slots[seq] as number), ...extra };
  return { r, res: await app.call(r.openid, 'booking', 'create', input) };
}

type Pick = (d: CaseDetail) => unknown;
const bookingFields: Array<[string, (w: string) => Record<string, unknown>, Pick]> = [
  [
    'description',
    (w) => ({ description: `邻居围墙占路，他说${w}私了，多次协商没有结果。` }),
    (d) => d.description,
  ],
  [
    'otherParty.name',
    (w) => ({ otherParty: { name: `王${w}`, relation: '邻居', village: '东山村' } }),
    (d) => d.otherParty.name,
  ],
  [
    'otherParty.relation',
    (w) => ({ otherParty: { name: '王五', relation: `邻居${w}`, village: '东山村' } }),
    (d) => d.otherParty.relation,
  ],
  [
    'otherParty.village',
    (w) => ({ otherParty: { name: '王五', relation: '邻居', village: `东山村${w}` } }),
    (d) => d.otherParty.village,
  ],
  ['address', (w) => ({ address: `东山村3组${w}` }), (d) => d.address],
];

describe.each(bookingFields)('booking.create %s', (field, withWord, pick) => {
  it('refuses a risky word, naming the field, and stores nothing', async () => {
    const { r, res } = await bookWith(withWord('代开发票'));
    expect(codeOf(res)).toBe('CONTENT_RISKY');
    expect(res.ok ? {} : res.error.fields).toHaveProperty([field]);
    expect(res.ok ? '' : res.error.message).toMatch(/代开发票.*12348/);
    const cases = (await sdk(app.db.collection('cases').where({ residentOpenid: r.openid }).get())) as {
      data: unknown[];
    };
    expect(cases.data).toHaveLength(0);
  });

  it('holds a review word: the writer sees it as held, the mediator a placeholder; approve shows it', async () => {
    const words = `加微信${seq}`;
    const { r, res } = await bookWith(withWord(words));
    const own = dataOf<CaseDetail>(res);
    expect(String(pick(own))).toContain(words);
    expect(own.held).toEqual([{ field, status: 'held' }]);
    expect(pick(await detail(m.openid, own.id))).toBe(heldTexts.pending);
    expect(String(pick(await detail(r.openid, own.id)))).toContain(words);
    expect(await inClientReadable(app, words)).toEqual([]);
    await decideHeldWith(app, admin.openid, words, true);
    expect(String(pick(await detail(m.openid, own.id)))).toContain(words);
    expect((await detail(r.openid, own.id)).held).toBeUndefined();
  });

  it('a rejected text stays hidden from the mediator and shows as rejected to its writer', async () => {
    const words = `私下转账${seq}`;
    const { r, res } = await bookWith(withWord(words));
    const own = dataOf<CaseDetail>(res);
    await decideHeldWith(app, admin.openid, words, false);
    expect(pick(await detail(m.openid, own.id))).toBe(heldTexts.rejected);
    const mine = await detail(r.openid, own.id);
    expect(String(pick(mine))).toContain(words);
    expect(mine.held).toEqual([{ field, status: 'rejected' }]);
  });
});

describe('texts written into a case later', () => {
  async function bookedCase() {
    const { r, res } = await bookWith({});
    return { r, c: dataOf<CaseDetail>(res) };
  }

  it('a decline reason with a review word is held from the resident, in the case and its timeline', async () => {
    const { r, c } = await bookedCase();
    const refused = await app.call(m.openid, 'booking', 'decline', { caseId: c.id, reason: '有人代开发票' });
    expect(codeOf(refused)).toBe('CONTENT_RISKY');
    expect((await detail(r.openid, c.id)).booking.status).toBe('pending');
    const words = '请加微信再说';
    const own = dataOf<CaseDetail>(
      await app.call(m.openid, 'booking', 'decline', { caseId: c.id, reason: words }),
    );
    expect(own.booking.reason).toBe(words);
    const theirs = await detail(r.openid, c.id);
    expect(JSON.stringify(theirs)).not.toContain(words);
    expect(theirs.booking.reason).toBe(heldTexts.pending);
    await decideHeldWith(app, admin.openid, words, true);
    const after = await detail(r.openid, c.id);
    expect(after.booking.reason).toBe(words);
    expect(after.timeline.map((e) => e.text).join()).toContain(words);
  });

  it('a cancel reason is screened the same way', async () => {
    const { r, c } = await bookedCase();
    const words = '私下转账了结';
    dataOf(await app.call(r.openid, 'booking', 'cancel', { caseId: c.id, reason: words }));
    expect(JSON.stringify(await detail(m.openid, c.id))).not.toContain(words);
    await decideHeldWith(app, admin.openid, words, false);
    expect((await detail(m.openid, c.id)).booking.reason).toBe(heldTexts.rejected);
  });

  it('an agreement with a held term is held whole, and cannot be downloaded until approved', async () => {
    const { r, c } = await bookedCase();
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
    const agreement = {
      facts: '围墙占路',
      terms: ['王五拆除占路部分', '赔偿请加微信转'],
      performance: '十日内',
    };
    const risky = await app.call(m.openid, 'case', 'transition', {
      caseId: c.id,
      event: 'succeed',
      agreement: { ...agreement, terms: ['代开发票抵账'] },
    });
    expect(codeOf(risky)).toBe('CONTENT_RISKY');
    expect(risky.ok ? {} : risky.error.fields).toHaveProperty(['terms.0']);
    const own = dataOf<CaseDetail>(
      await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'succeed', agreement }),
    );
    expect(own.agreement?.terms).toEqual(agreement.terms);
    const theirs = await detail(r.openid, c.id);
    expect(theirs.agreement?.facts).toBe(heldTexts.pending);
    expect(codeOf(await app.call(r.openid, 'case', 'agreement', { caseId: c.id }))).toBe('CONFLICT');
    await decideHeldWith(app, admin.openid, '赔偿请加微信转', true);
    expect((await detail(r.openid, c.id)).agreement?.terms).toEqual(agreement.terms);
    expect(codeOf(await app.call(r.openid, 'case', 'agreement', { caseId: c.id }))).toBe('OK');
  });

  it('a follow-up note is held from the timeline until approved', async () => {
    const { r, c } = await bookedCase();
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
    const agreement = { facts: '围墙占路', terms: ['王五拆除占路部分'], performance: '十日内' };
    dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'succeed', agreement }));
    const words = '对方说私下转账了';
    const followUp = `${c.id}:d7`;
    dataOf(
      await app.call(m.openid, 'case', 'recordFollowUp', {
        followUpId: followUp,
        honoured: 'partly',
        note: words,
      }),
    );
    expect(JSON.stringify(await detail(r.openid, c.id))).not.toContain(words);
    const item = await heldItemWith(app, admin.openid, words);
    expect(item).toMatchObject({ kindLabel: '回访记录', fieldLabel: '回访记录' });
    expect(item.context).toContain(c.caseNumber);
    await decideHeldWith(app, admin.openid, words, true);
    expect(JSON.stringify((await detail(r.openid, c.id)).timeline)).toContain(words);
  });
});

describe('profiles others read', () => {
  it('a village is no longer typed (it is a node of the area tree), so there is nothing to hold', async () => {
    const r = await app.createUser('resident', { nickname: '赵六', village: '东山村' });
    const typed = await app.call(r.openid, 'user', 'updateProfile', {
      nickname: '赵六',
      village: '西山村加微信',
    });
    expect(codeOf(typed)).toBe('BAD_REQUEST');
    const stored = (await sdk(app.db.collection('users').doc(r.id).get())) as unknown as {
      data: { village: string };
    };
    expect(stored.data.village).toBe('东山村');
  });

  // The card's hours are not typed text: they come from the availability (mediator-hours.test.ts).
  it("a mediator's title: risky refused, review held from residents' cards until approved", async () => {
    const target = await createMediator(app, '刘德明');
    const base = { id: target.mediatorId, specialties: ['邻里'], areas: ['东山村'], capacity: 5 };
    const risky = await app.call(admin.openid, 'mediator', 'update', { ...base, title: '代开发票' });
    expect(codeOf(risky)).toBe('CONTENT_RISKY');
    expect(risky.ok ? {} : risky.error.fields).toHaveProperty(['title']);
    dataOf(await app.call(admin.openid, 'mediator', 'update', { ...base, title: '加微信调解员' }));
    const resident = await app.createUser('resident');
    const cards = async () =>
      dataOf<{ items: { id: string; title?: string }[] }>(
        await app.call(resident.openid, 'mediator', 'list', {}),
      ).items;
    expect((await cards()).find((c) => c.id === target.mediatorId)?.title).toBe('人民调解员');
    await decideHeldWith(app, admin.openid, '加微信调解员', true);
    expect((await cards()).find((c) => c.id === target.mediatorId)?.title).toBe('加微信调解员');
  });
});

describe('legal aid notes', () => {
  it("an officer's reason: risky refused with nothing decided, review held from the applicant until approved", async () => {
    const r = await app.createUser('resident', { village: '东山村' });
    const made = dataOf<{ id: string }>(
      await app.call(r.openid, 'legalaid', 'submit', { form: completeForm(app, r.id), consent }),
    );
    const officer = await app.createUser('legal_aid_officer', { nickname: '李秀英' });
    const decide = (reason: string) =>
      app.call(officer.openid, 'legalaid', 'decide', { id: made.id, decision: 'request_material', reason });
    expect(codeOf(await decide('请找人代开发票'))).toBe('CONTENT_RISKY');
    const mine = async () =>
      dataOf<{ status: string; timeline: { note?: string }[] }>(
        await app.call(r.openid, 'legalaid', 'myApplication', { id: made.id }),
      );
    expect((await mine()).status).toBe('submitted');
    const words = '请加微信发工资条';
    const own = dataOf<{ timeline: { note?: string }[] }>(await decide(words));
    expect(own.timeline.map((e) => e.note)).toContain(words);
    expect(JSON.stringify(await mine())).not.toContain(words);
    expect((await mine()).timeline.map((e) => e.note)).toContain(heldTexts.pending);
    await decideHeldWith(app, admin.openid, words, true);
    expect((await mine()).timeline.map((e) => e.note)).toContain(words);
  });
});

describe('moderation: the admin screen', () => {
  it('only admins list and decide; a decision is made once and recorded in words', async () => {
    const r = await app.createUser('resident');
    dataOf(await app.call(r.openid, 'user', 'updateProfile', { nickname: '私下转账王' }));
    const item = await heldItemWith(app, admin.openid, '私下转账王');
    expect(item).toMatchObject({ kindLabel: '个人资料', fieldLabel: '称呼', status: 'held' });
    for (const who of [r.openid, m.openid]) {
      expect(codeOf(await app.call(who, 'moderation', 'list', {}))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(who, 'moderation', 'decide', { id: item.id, approve: true }))).toBe(
        'FORBIDDEN',
      );
    }
    const decisions = await Promise.all(
      [true, true, false].map((approve) =>
        app.call(admin.openid, 'moderation', 'decide', { id: item.id, approve }),
      ),
    );
    expect(decisions.filter((d) => d.ok)).toHaveLength(1);
    expect(decisions.filter((d) => !d.ok).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
    const decided = dataOf<{ items: HeldItem[] }>(
      await app.call(admin.openid, 'moderation', 'list', {
        status: decisions[0]?.ok ? 'approved' : 'rejected',
      }),
    ).items.find((i) => i.id === item.id);
    expect(decided?.decidedByName).toBe('王建国');
    const audit = dataOf<{ items: { actionLabel: string; target: string }[] }>(
      await app.call(admin.openid, 'audit', 'list', { domain: 'moderation' }),
    );
    expect(audit.items[0]?.target).toContain('个人资料');
    expect(audit.items[0]?.actionLabel).toMatch(/审核/);
  });
});
