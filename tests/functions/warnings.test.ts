import type { AuditEntry } from '@contracts/admin/audit';
import type { Warning } from '@contracts/warning/models';
import type { WarningRules } from '@contracts/warning/rules';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();
jest.setTimeout(120_000);

const DAY = 86_400_000;
let mediator: Awaited<ReturnType<typeof createMediator>>;
let admin: { openid: string };
let free: number[];

beforeAll(async () => {
  mediator = await createMediator(app, '张桂兰', roundTheClock);
  admin = await app.createUser('admin', { nickname: '王建国' });
  const r = await app.createUser('resident');
  free = starts(await slotDays(app, r.openid, mediator.mediatorId));
});

/** A new resident books a case with the mediator; the other party and the text can be chosen. */
async function newCase(extra: { description?: string; otherName?: string; resident?: string } = {}) {
  const resident = extra.resident ?? (await app.createUser('resident', { nickname: '李大爷' })).openid;
  const c = await book(app, resident, mediator.mediatorId, free.shift()!, {
    ...(extra.description ? { description: extra.description } : {}),
    otherParty: { name: extra.otherName ?? `王${free.length}`, relation: '邻居', village: '东山村' },
  });
  return { id: c.id, resident };
}

const warningOf = async (kind: 'case' | 'consultation', id: string) =>
  (await stored(app, 'warnings', `${kind}:${id}`).catch(() => null)) as
    | (Record<string, unknown> & { level: string; status: string; reasons: { rule: string; text: string }[] })
    | null;

/** The warning subscribe messages sent to an admin (the county's by default) so far. */
async function warningNotices(to = admin.openid): Promise<number> {
  const res = await sdk(
    app.db
      .collection('notifications')
      .where({ touser: to, templateId: testTemplateIds.warningRaised })
      .count(),
  );
  return (res as { total: number }).total;
}

const report = (caseId: string, fields: Record<string, unknown>) =>
  app.call(mediator.openid, 'case', 'recordReport', {
    caseId,
    source: 'application',
    peopleInvolved: 2,
    ...fields,
  });

describe('the early-warning rules', () => {
  it('threats of violence in a consultation: red, reasons in words, the office told at once', async () => {
    const before = await warningNotices();
    const r = await app.createUser('resident', { nickname: '赵四' });
    const c = await startConsultation(app, r.openid, { description: '他说再闹就拿刀砍死我们全家，我很害怕' });
    const w = await warningOf('consultation', c.id);
    expect(w).toMatchObject({ level: 'red', status: 'open', subject: '咨询（赵四，邻里）' });
    expect(w?.reasons).toEqual([
      expect.objectContaining({ rule: 'keywords', level: 'red', text: '暴力威胁：出现“砍死”“拿刀”' }),
    ]);
    expect(await warningNotices()).toBe(before + 1);
  });

  it("a chat message of the resident is read too; the mediator's words are not", async () => {
    const r = await app.createUser('resident', { nickname: '吴八' });
    const c = await startConsultation(app, r.openid, { mediatorId: mediator.mediatorId });
    expect(await warningOf('consultation', c.id)).toBeNull();
    const say = (openid: string, text: string, id: string) =>
      app.call(openid, 'message', 'send', { consultationId: c.id, clientMsgId: id, text });
    dataOf(await say(mediator.openid, '千万不要想不开去跳河，有事我们一起商量', 'warn-chat-m1'));
    dataOf(await say(r.openid, '谢谢，我再想想', 'warn-chat-r1'));
    expect(await warningOf('consultation', c.id)).toBeNull();
    dataOf(await say(r.openid, '实在不行我就去跳河算了', 'warn-chat-r2'));
    expect(await warningOf('consultation', c.id)).toMatchObject({
      level: 'red',
      reasons: [expect.objectContaining({ text: '轻生倾向：出现“跳河”' })],
    });
  });

  it('self-harm in a case description: red; a calm one raises nothing', async () => {
    const hurt = await newCase({
      description: '儿子不管我，我实在不想活了，这个事情一直没人管，想请调解员帮忙。',
    });
    expect(await warningOf('case', hurt.id)).toMatchObject({
      level: 'red',
      reasons: [expect.objectContaining({ text: '轻生倾向：出现“不想活”' })],
    });
    const calm = await newCase();
    expect(await warningOf('case', calm.id)).toBeNull();
  });

  it('many people involved: yellow at 30, orange at 50, red at 100; cleared when the count drops', async () => {
    const c = await newCase();
    dataOf(await report(c.id, { peopleInvolved: 35 }));
    expect(await warningOf('case', c.id)).toMatchObject({ level: 'yellow' });
    dataOf(await report(c.id, { peopleInvolved: 60 }));
    expect(await warningOf('case', c.id)).toMatchObject({
      level: 'orange',
      reasons: [expect.objectContaining({ rule: 'people', text: '涉及60人（达到50人）' })],
    });
    const before = await warningNotices();
    dataOf(await report(c.id, { peopleInvolved: 120 }));
    expect(await warningOf('case', c.id)).toMatchObject({ level: 'red', status: 'open' });
    expect(await warningNotices()).toBe(before + 1);
    dataOf(await report(c.id, { peopleInvolved: 3 }));
    expect(await warningOf('case', c.id)).toMatchObject({ status: 'cleared' });
  });

  it('repeat disputes between the same parties: yellow for the second case, orange for the third', async () => {
    const r = await app.createUser('resident', { nickname: '钱五' });
    const first = await newCase({ resident: r.openid, otherName: '孙六' });
    expect(await warningOf('case', first.id)).toBeNull();
    const second = await newCase({ resident: r.openid, otherName: '孙六' });
    const w2 = await warningOf('case', second.id);
    expect(w2).toMatchObject({ level: 'yellow' });
    expect(w2?.reasons[0]?.text).toMatch(/^同一当事人或同一地点此前已有1起纠纷（\d{4}-邻里-\d{4}）$/);
    const third = await newCase({ resident: r.openid, otherName: '孙六' });
    expect(await warningOf('case', third.id)).toMatchObject({ level: 'orange' });
  });

  it('a failed mediation with a deadline ahead: orange within 14 days, red within 3, none before', async () => {
    const c = await newCase();
    dataOf(await app.call(mediator.openid, 'booking', 'confirm', { caseId: c.id }));
    dataOf(await app.call(mediator.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
    const deadline = (days: number) => ({ at: Date.now() + days * DAY, what: '拆迁腾退期限' });
    // Before the mediation failed, a deadline alone warns of nothing.
    dataOf(await report(c.id, { deadline: deadline(2) }));
    expect(await warningOf('case', c.id)).toBeNull();
    dataOf(
      await app.call(mediator.openid, 'case', 'transition', {
        caseId: c.id,
        event: 'fail',
        referral: { to: 'court', note: '' },
      }),
    );
    expect(await warningOf('case', c.id)).toMatchObject({
      level: 'red',
      reasons: [
        expect.objectContaining({
          rule: 'failedDeadline',
          text: expect.stringMatching(/^调解未成功，距“拆迁腾退期限”（.+）还有2天$/),
        }),
      ],
    });
    dataOf(await report(c.id, { deadline: deadline(10) }));
    expect(await warningOf('case', c.id)).toMatchObject({ level: 'orange' });
    dataOf(await report(c.id, { deadline: deadline(40) }));
    expect(await warningOf('case', c.id)).toMatchObject({ status: 'cleared' });
  });

  it('orange is told the same day by the hourly job, once', async () => {
    const c = await newCase();
    dataOf(await report(c.id, { peopleInvolved: 70 }));
    expect(await warningOf('case', c.id)).toMatchObject({ level: 'orange', notifiedRank: 0 });
    const before = await warningNotices();
    const run = await app.devcloud.triggers.runNow('warning', 'hourly');
    if (!run.ok) throw new Error(`the hourly job failed: ${run.errMsg}`);
    expect((run.result as { data: { notified: number } }).data.notified).toBeGreaterThanOrEqual(1);
    expect(await warningOf('case', c.id)).toMatchObject({ notifiedRank: 2 });
    const after = await warningNotices();
    expect(after).toBeGreaterThan(before);
    await app.devcloud.triggers.runNow('warning', 'hourly');
    expect(await warningNotices()).toBe(after);
  });

  it('the rules are configuration: a word the office adds warns from the next record on', async () => {
    const r = await app.createUser('resident', { nickname: '周七' });
    const question = '对方天天上门讨债，还说要找人堵我家门口';
    const plain = await startConsultation(app, r.openid, { description: question });
    expect(await warningOf('consultation', plain.id)).toBeNull();
    const rules = dataOf<WarningRules>(await app.call(admin.openid, 'warning', 'rules', {}));
    const changed = {
      ...rules,
      keywords: [...rules.keywords, { name: '上门逼债', words: ['讨债', '堵我家'], level: 'yellow' }],
    };
    dataOf(await app.call(admin.openid, 'warning', 'setRules', changed));
    expect(dataOf(await app.call(admin.openid, 'warning', 'rules', {}))).toEqual(changed);
    const next = await startConsultation(app, r.openid, { description: question });
    expect(await warningOf('consultation', next.id)).toMatchObject({
      level: 'yellow',
      reasons: [expect.objectContaining({ text: '上门逼债：出现“讨债”“堵我家”' })],
    });
    const bad = await app.call(admin.openid, 'warning', 'setRules', {
      ...changed,
      people: [{ atLeast: 0, level: 'red' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { 'people.0.atLeast': '人数至少为1' } },
    });
    const mediatorTry = await app.call(mediator.openid, 'warning', 'setRules', changed);
    expect(codeOf(mediatorTry)).toBe('FORBIDDEN');
    dataOf(await app.call(admin.openid, 'warning', 'setRules', rules));
  });
});

describe('the warning list', () => {
  it('lists the active warnings red first; the admin acknowledges and handles one, audited in words', async () => {
    const { items } = dataOf<{ items: Warning[] }>(await app.call(admin.openid, 'warning', 'list', {}));
    expect(items.length).toBeGreaterThan(3);
    const ranks = items.map((w) => ({ red: 3, orange: 2, yellow: 1 })[w.level]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(items.every((w) => w.status === 'open' || w.status === 'acknowledged')).toBe(true);
    const w = items[0]!;
    expect(w.levelLabel).toBe('红色预警');
    expect(w.reasons[0]?.ruleLabel).toBeTruthy();

    const seen = dataOf<Warning>(await app.call(admin.openid, 'warning', 'acknowledge', { warningId: w.id }));
    expect(seen).toMatchObject({
      status: 'acknowledged',
      statusLabel: '已知悉',
      acknowledged: { by: '王建国' },
    });
    expect(codeOf(await app.call(admin.openid, 'warning', 'acknowledge', { warningId: w.id }))).toBe(
      'CONFLICT',
    );
    const twice = await Promise.all([
      app.call(admin.openid, 'warning', 'handle', { warningId: w.id, outcome: 'contacted' }),
      app.call(admin.openid, 'warning', 'handle', { warningId: w.id, outcome: 'police' }),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(codeOf(twice.find((r) => !r.ok)!)).toBe('CONFLICT');
    const done = dataOf<{ items: Warning[] }>(
      await app.call(admin.openid, 'warning', 'list', { tab: 'done' }),
    );
    expect(done.items.find((d) => d.id === w.id)).toMatchObject({
      status: 'handled',
      handled: { by: '王建国', outcomeLabel: expect.stringMatching(/^已联系当事人稳控|已移交公安机关$/) },
    });
    const audit = dataOf<{ items: AuditEntry[] }>(
      await app.call(admin.openid, 'audit', 'list', { domain: 'warning', limit: 20 }),
    ).items;
    expect(audit.map((a) => a.actionLabel)).toEqual(
      expect.arrayContaining(['预警：确认知悉', '预警：登记处置结果']),
    );
    const handled = audit.find((a) => a.action === 'warning.handle');
    expect(handled?.target).toMatch(/^红色预警：/);
    expect(handled?.changes).toEqual(
      expect.arrayContaining([{ field: '状态', before: '已知悉', after: '已处置' }]),
    );
  });

  it('refuses everyone but admins, and an unknown warning', async () => {
    const resident = await app.createUser('resident');
    const officer = await app.createUser('legal_aid_officer');
    for (const who of [resident.openid, mediator.openid, officer.openid]) {
      expect(codeOf(await app.call(who, 'warning', 'list', {}))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(who, 'warning', 'acknowledge', { warningId: 'case:x' }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await app.call(admin.openid, 'warning', 'acknowledge', { warningId: 'case:nope' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await app.call(admin.openid, 'warning', 'handle', { warningId: 'case:nope', outcome: 'x' })),
    ).toBe('BAD_REQUEST');
  });
});

describe('warnings follow the area tree', () => {
  it("reach and show only the judicial office of the record's town, and the county", async () => {
    await plantAreas(app);
    const nanhu = await app.createUser('admin', { scopeAreaId: 'area-nanhu' });
    const chengguan = await app.createUser('admin', { scopeAreaId: 'area-chengguan' });
    const before = { county: await warningNotices(), nanhu: await warningNotices(nanhu.openid) };
    const r = await app.createUser('resident', { nickname: '孙六', areaId: 'area-beipo', village: '北坡村' });
    const c = await startConsultation(app, r.openid, { description: '他扬言要拿刀砍死我，我不敢回家' });
    const id = `consultation:${c.id}`;
    expect(await warningOf('consultation', c.id)).toMatchObject({
      level: 'red',
      area: { townId: 'area-nanhu' },
    });
    expect(await warningNotices()).toBe(before.county + 1);
    expect(await warningNotices(nanhu.openid)).toBe(before.nanhu + 1);
    expect(await warningNotices(chengguan.openid)).toBe(0);

    const listed = async (who: string) =>
      dataOf<{ items: Warning[] }>(await app.call(who, 'warning', 'list', {})).items.map((w) => w.id);
    expect(await listed(nanhu.openid)).toEqual([id]);
    expect(await listed(chengguan.openid)).not.toContain(id);
    expect(await listed(admin.openid)).toContain(id);
    expect(codeOf(await app.call(chengguan.openid, 'warning', 'acknowledge', { warningId: id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      dataOf<Warning>(await app.call(nanhu.openid, 'warning', 'acknowledge', { warningId: id })),
    ).toMatchObject({
      status: 'acknowledged',
    });
  });
});
