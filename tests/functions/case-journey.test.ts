import type { CaseDetail, CaseSummary, FollowUp } from '@contracts/case/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { sdk } from '../helpers/devcloud';
import { fetchBytes, readDocx } from '../helpers/docx';

const app = useAppCloud();
const DAY = 86_400_000;

const agreement = {
  facts: '2026年春，王五在自家东侧砌围墙，占用了李大爷家门前约半米宽的通行道路，双方多次争吵。',
  terms: [
    '王五于十日内拆除占用道路部分的围墙，恢复道路原宽度。',
    '李大爷不再追究围墙已造成的损失。',
    '双方今后和睦相处<不再争吵>。',
  ],
  performance: '第一条由王五在2026年4月10日前履行，调解员到场确认。',
};

async function mediated() {
  const m = await createMediator(app, '张桂兰', roundTheClock);
  const r = await app.createUser('resident', { nickname: '李大爷', village: '东山村' });
  const free = starts(await slotDays(app, r.openid, m.mediatorId));
  const c = await book(app, r.openid, m.mediatorId, free[2]!, { address: '东山村三组12号' });
  dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
  dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
  const done = dataOf<CaseDetail>(
    await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'succeed', agreement }),
  );
  return { m, r, c: done, free };
}

describe('the agreement document', () => {
  it('holds the case number, both parties, the mediator, the facts, every term and signature lines', async () => {
    const { r, c } = await mediated();
    expect(c.state).toBe('mediated_success');
    const docRes = dataOf<{ url: string; fileName: string; fileType: string }>(
      await app.call(r.openid, 'case', 'agreement', { caseId: c.id }),
    );
    expect(docRes).toMatchObject({ fileName: `协议书-${c.caseNumber}.docx`, fileType: 'docx' });
    const bytes = await fetchBytes(docRes.url);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { text, stylesXml, documentXml } = await readDocx(bytes);
    for (const expected of [
      '人民调解协议书',
      `编号：${c.caseNumber}`,
      '李大爷',
      '王五',
      '张桂兰',
      '东山村',
      agreement.facts,
      ...agreement.terms.map((t, i) => `${i + 1}. ${t}`),
      agreement.performance,
      '甲方（签名/按指印）',
      '乙方（签名/按指印）',
      '人民调解员（签名）',
    ]) {
      expect(text).toContain(expected);
    }
    // User text is text, not markup; and Chinese is set in an East Asian font, for Word and WPS.
    expect(documentXml).toContain('双方今后和睦相处&lt;不再争吵&gt;');
    expect(stylesXml).toMatch(/w:eastAsia="宋体"/);
    expect(documentXml).toMatch(/w:eastAsia="宋体"/);
  });

  it('is refused before there is an agreement and to strangers', async () => {
    const m = await createMediator(app, '刘德明', roundTheClock);
    const r = await app.createUser('resident');
    const c = await book(
      app,
      r.openid,
      m.mediatorId,
      starts(await slotDays(app, r.openid, m.mediatorId))[3]!,
    );
    expect(codeOf(await app.call(r.openid, 'case', 'agreement', { caseId: c.id }))).toBe('CONFLICT');
    const stranger = await app.createUser('resident');
    expect(codeOf(await app.call(stranger.openid, 'case', 'agreement', { caseId: c.id }))).toBe('NOT_FOUND');
  });
});

describe('follow-up visits', () => {
  it('prompts the mediator at 7 and 30 days and records whether the agreement is honoured', async () => {
    const { m, c } = await mediated();
    const list = dataOf<{ items: FollowUp[] }>(
      await app.call(m.openid, 'case', 'followUps', {}),
    ).items.filter((f) => f.caseId === c.id);
    expect(list.map((f) => f.days)).toEqual([7, 30]);
    expect(list[0]!.dueAt - c.agreement!.agreedAt).toBe(7 * DAY);
    expect(list[1]!.dueAt - c.agreement!.agreedAt).toBe(30 * DAY);
    expect(list.every((f) => !f.due)).toBe(true);
    // Seven days later the first one is due.
    await sdk(
      app.db
        .collection('follow_ups')
        .doc(list[0]!.id)
        .update({ data: { dueAt: Date.now() - 1000 } }),
    );
    const due = dataOf<{ items: FollowUp[] }>(await app.call(m.openid, 'case', 'followUps', {})).items.find(
      (f) => f.id === list[0]!.id,
    )!;
    expect(due.due).toBe(true);
    const other = await createMediator(app, '赵敏');
    expect(
      codeOf(await app.call(other.openid, 'case', 'recordFollowUp', { followUpId: due.id, honoured: 'yes' })),
    ).toBe('FORBIDDEN');
    const rec = dataOf<FollowUp>(
      await app.call(m.openid, 'case', 'recordFollowUp', {
        followUpId: due.id,
        honoured: 'partly',
        note: '围墙已拆一半',
      }),
    );
    expect(rec).toMatchObject({ status: 'done', honoured: 'partly' });
    expect(
      codeOf(await app.call(m.openid, 'case', 'recordFollowUp', { followUpId: due.id, honoured: 'yes' })),
    ).toBe('CONFLICT');
    const after = dataOf<{ items: FollowUp[] }>(
      await app.call(m.openid, 'case', 'followUps', {}),
    ).items.filter((f) => f.caseId === c.id);
    expect(after.map((f) => f.days)).toEqual([30]);
    const detail = dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: c.id }));
    expect(detail.timeline.at(-1)!.text).toBe('第7天回访：协议部分履行，围墙已拆一半');
  });

  it('flags a new dispute between the same parties or at the same address', async () => {
    const { m, r, c, free } = await mediated();
    const again = await book(app, r.openid, m.mediatorId, free[5]!);
    const seen = dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: again.id }));
    expect(seen.repeatOf).toContain(c.caseNumber);
    const neighbour = await app.createUser('resident', { nickname: '周大娘' });
    const sameAddress = await book(app, neighbour.openid, m.mediatorId, free[6]!, {
      otherParty: { name: '钱七', relation: '邻居', village: '东山村' },
      address: '东山村 三组12号',
    });
    expect(
      dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: sameAddress.id })).repeatOf,
    ).toContain(c.caseNumber);
    // The resident's own view does not carry the flag.
    expect(again.repeatOf).toEqual([]);
  });
});

describe('my cases, the workbench and the timeline', () => {
  it('shows the resident status, next step and a timeline of every event', async () => {
    const { r, c } = await mediated();
    const mine = dataOf<{ items: CaseSummary[] }>(await app.call(r.openid, 'case', 'mine', {})).items;
    expect(mine[0]).toMatchObject({
      id: c.id,
      state: 'mediated_success',
      stateLabel: '调解成功',
      nextStep: '请按协议履行，调解员会回访',
    });
    const d = dataOf<CaseDetail>(await app.call(r.openid, 'case', 'get', { caseId: c.id }));
    expect(d.timeline.map((e) => e.event)).toEqual(['submit', 'accept', 'schedule', 'start', 'succeed']);
    expect(d.followUps).toEqual([]);
    expect(d.allowedEvents).toEqual([]);
  });

  it('lists bookings to confirm and active cases for the mediator', async () => {
    const m = await createMediator(app, '陈志强', roundTheClock);
    const r = await app.createUser('resident');
    const c = await book(
      app,
      r.openid,
      m.mediatorId,
      starts(await slotDays(app, r.openid, m.mediatorId))[1]!,
    );
    expect(
      dataOf<{ items: CaseSummary[] }>(await app.call(m.openid, 'booking', 'pending', {})).items.map(
        (x) => x.id,
      ),
    ).toEqual([c.id]);
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    expect(
      dataOf<{ items: CaseSummary[] }>(await app.call(m.openid, 'booking', 'pending', {})).items,
    ).toEqual([]);
    expect(
      dataOf<{ items: CaseSummary[] }>(
        await app.call(m.openid, 'case', 'workbench', { tab: 'active' }),
      ).items.map((x) => x.id),
    ).toEqual([c.id]);
    expect(codeOf(await app.call(r.openid, 'case', 'workbench', { tab: 'active' }))).toBe('FORBIDDEN');
  });
});

describe('inviting the other party', () => {
  it('lets the other party answer once with the one-time card', async () => {
    const m = await createMediator(app, '孙建华', roundTheClock);
    const r = await app.createUser('resident', { nickname: '李大爷' });
    const c = await book(
      app,
      r.openid,
      m.mediatorId,
      starts(await slotDays(app, r.openid, m.mediatorId))[1]!,
    );
    const inv = dataOf<{ token: string; path: string }>(
      await app.call(r.openid, 'case', 'invite', { caseId: c.id }),
    );
    expect(inv.path).toBe(`/package-case/pages/invite/index?token=${inv.token}`);
    const other = await app.call('someone-new', 'case', 'inviteInfo', { token: inv.token });
    expect(dataOf(other)).toMatchObject({
      caseNumber: c.caseNumber,
      residentName: '李大爷',
      mediatorName: '孙建华',
      used: false,
    });
    expect(JSON.stringify(other)).not.toMatch(/openid|phone/i);
    expect(
      dataOf(await app.call('someone-new', 'case', 'confirmAttendance', { token: inv.token, attend: true })),
    ).toEqual({ attend: true });
    expect(
      codeOf(
        await app.call('someone-else', 'case', 'confirmAttendance', { token: inv.token, attend: false }),
      ),
    ).toBe('CONFLICT');
    expect(codeOf(await app.call('someone-else', 'case', 'inviteInfo', { token: 'f'.repeat(32) }))).toBe(
      'NOT_FOUND',
    );
    const d = dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: c.id }));
    expect(d.otherParty.attendance).toBe('attending');
    expect(d.timeline.at(-1)).toMatchObject({
      by: '对方当事人',
      text: '对方当事人确认参加调解（回复人：未注册的微信用户）',
    });
  });
});
