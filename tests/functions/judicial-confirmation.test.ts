import type { Signing } from '@contracts/case/signing';
import { judicialOf } from '@server/case/judicial-deadline';
import type { CaseDoc } from '@server/case/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { sdk } from '../helpers/devcloud';
import { fetchBytes, readDocx } from '../helpers/docx';
import { agreedCase, joinAsParty, pngOf, signAs, uploadBytes } from '../helpers/signing';

const app = useAppCloud();
const DAY = 86_400_000;

async function signedByBoth() {
  const s = await agreedCase(app);
  dataOf(await signAs(app, s.r, s.c.id, '李建国'));
  dataOf(await signAs(app, s.party, s.c.id, '王五'));
  return s;
}

describe('the 30-day limit of judicial confirmation, in Beijing days', () => {
  const at = (iso: string) => Date.parse(iso);
  const effective = (effectiveAt: number) =>
    ({ signing: { signatures: [], effectiveAt } }) as unknown as CaseDoc;

  it('does not count the day it took effect and ends at midnight Beijing time of the 30th day', () => {
    // 1 March 23:30 in Beijing is still 1 March there (15:30 UTC).
    const c = effective(at('2026-03-01T15:30:00Z'));
    expect(judicialOf(c, at('2026-03-01T15:45:00Z'))).toMatchObject({ daysLeft: 30 });
    // 16:30 UTC is 2 March 00:30 in Beijing: one day gone.
    expect(judicialOf(c, at('2026-03-01T16:30:00Z'))?.daysLeft).toBe(29);
    const j = judicialOf(c, at('2026-03-01T16:30:00Z'))!;
    expect(new Date(j.deadlineAt).toISOString()).toBe('2026-03-31T15:59:59.999Z');
    expect(judicialOf(c, at('2026-03-31T15:59:00Z'))?.daysLeft).toBe(0);
    expect(judicialOf(c, at('2026-03-31T16:00:00Z'))?.daysLeft).toBe(-1);
    expect(judicialOf({ signing: { signatures: [] } } as unknown as CaseDoc, Date.now())).toBeUndefined();
  });

  it('is shown on the case and reminded through the reminders, 10 and 3 days before, to both parties', async () => {
    const { r, party, c } = await signedByBoth();
    const s = dataOf<Signing>(await app.call(r.openid, 'case', 'signing', { caseId: c.id }));
    expect(s.judicial?.daysLeft).toBe(30);
    const reminders = (await sdk(
      app.db.collection('reminders').where({ caseId: c.id, purpose: 'caseProgress' }).get(),
    )) as unknown as { data: Array<{ touser: string; sendAt: number; startAt: number; status: string }> };
    expect(reminders.data).toHaveLength(4);
    expect(new Set(reminders.data.map((x) => x.touser))).toEqual(new Set([r.openid, party.openid]));
    const deadline = s.judicial!.deadlineAt;
    expect(reminders.data.map((x) => deadline - x.sendAt).sort()).toEqual([
      3 * DAY,
      3 * DAY,
      10 * DAY,
      10 * DAY,
    ]);
    // The outcome stops them.
    dataOf(
      await app.call(party.openid, 'case', 'recordJudicial', {
        caseId: c.id,
        result: 'confirmed',
        rulingNumber: '（2026）浙0102民特123号',
      }),
    );
    const after = (await sdk(
      app.db
        .collection('reminders')
        .where({ caseId: c.id, purpose: 'caseProgress', status: 'scheduled' })
        .get(),
    )) as unknown as { data: unknown[] };
    expect(after.data).toHaveLength(0);
  });
});

describe('the judicial-confirmation package', () => {
  it('holds the application, the signed agreement, the committee materials and each party’s ID photos', async () => {
    const { r, party, c, m } = await signedByBoth();
    const id = uploadBytes(app, party.id, 'id-card', 'id.png', await pngOf('id-card'));
    const foreign = uploadBytes(app, r.id, 'id-card', 'id.png', await pngOf('id-r'));
    expect(
      codeOf(await app.call(party.openid, 'case', 'addIdMaterial', { caseId: c.id, files: [foreign] })),
    ).toBe('BAD_REQUEST');
    expect(
      dataOf(await app.call(party.openid, 'case', 'addIdMaterial', { caseId: c.id, files: [id] })),
    ).toEqual({
      count: 1,
    });
    expect(codeOf(await app.call(m.openid, 'case', 'judicialPackage', { caseId: c.id }))).toBe('FORBIDDEN');
    const file = dataOf<{ url: string; fileName: string }>(
      await app.call(r.openid, 'case', 'judicialPackage', { caseId: c.id }),
    );
    expect(file.fileName).toBe(`司法确认申请材料-${c.caseNumber}.docx`);
    const { text, documentXml } = await readDocx(await fetchBytes(file.url));
    for (const t of [
      '司法确认申请书',
      '请求事项',
      '人民调解协议书',
      '人民调解委员会调解材料',
      '当事人身份证明材料',
      '核验码：',
    ]) {
      expect(text).toContain(t);
    }
    expect(text).toContain('（未上传，请提交时携带身份证原件及复印件）');
    expect(documentXml).toContain('name="id-other-1"');
    expect(documentXml).toContain('name="signature-resident"');
  });

  it('waits for both signatures and records the reported outcome', async () => {
    const { r, c } = await agreedCase(app);
    expect(codeOf(await app.call(r.openid, 'case', 'judicialPackage', { caseId: c.id }))).toBe('CONFLICT');
    expect(
      codeOf(
        await app.call(r.openid, 'case', 'recordJudicial', {
          caseId: c.id,
          result: 'rejected',
          rulingNumber: '（2026）浙0102民特1号',
        }),
      ),
    ).toBe('CONFLICT');
    const stranger = await app.createUser('resident');
    expect(codeOf(await app.call(stranger.openid, 'case', 'judicialPackage', { caseId: c.id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('the referral package when mediation fails', () => {
  it('prefills the complaint for 在线立案 with the history; the other party’s copy leaves out the applicant’s account', async () => {
    const m = await createMediator(app, '刘德明', roundTheClock);
    const r = await app.createUser('resident', { nickname: '李大爷', village: '东山村' });
    const c = await book(
      app,
      r.openid,
      m.mediatorId,
      starts(await slotDays(app, r.openid, m.mediatorId))[2]!,
    );
    const party = await joinAsParty(app, r.openid, c.id);
    dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
    dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
    expect(codeOf(await app.call(r.openid, 'case', 'referralPackage', { caseId: c.id }))).toBe('CONFLICT');
    dataOf(
      await app.call(m.openid, 'case', 'transition', {
        caseId: c.id,
        event: 'fail',
        referral: { to: 'court', note: '双方分歧大，建议起诉' },
      }),
    );
    const read = async (openid: string) =>
      readDocx(
        await fetchBytes(
          dataOf<{ url: string }>(await app.call(openid, 'case', 'referralPackage', { caseId: c.id })).url,
        ),
      );
    const mine = await read(r.openid);
    for (const t of [
      '民事起诉状（在线立案预填）',
      '原告',
      '被告',
      c.description,
      '调解未成功，引导向人民法院起诉',
      '双方分歧大，建议起诉',
      '开始调解',
    ]) {
      expect(mine.text).toContain(t);
    }
    const theirs = await read(party.openid);
    expect(theirs.text).toContain('王五');
    expect(theirs.text).not.toContain(c.description);
    const stranger = await app.createUser('resident');
    expect(codeOf(await app.call(stranger.openid, 'case', 'referralPackage', { caseId: c.id }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('one code per case (一案一码)', () => {
  it('opens the case for whoever may see it, on their own page, and for nobody else', async () => {
    const { r, party, m, c } = await agreedCase(app);
    const { scene } = dataOf<{ scene: string }>(await app.call(r.openid, 'case', 'code', { caseId: c.id }));
    expect(scene).toMatch(/^c=[2-9A-HJ-NP-Z]{8}$/);
    expect(dataOf<{ scene: string }>(await app.call(m.openid, 'case', 'code', { caseId: c.id })).scene).toBe(
      scene,
    );
    const open = async (openid: string) => app.call(openid, 'case', 'openCode', { scene });
    expect(dataOf(await open(r.openid))).toEqual({
      caseId: c.id,
      page: `/package-case/pages/case/index?id=${c.id}`,
    });
    expect(dataOf(await open(party.openid))).toEqual({
      caseId: c.id,
      page: `/package-case/pages/party/index?id=${c.id}`,
    });
    expect(dataOf(await open(m.openid))).toEqual({
      caseId: c.id,
      page: `/package-mediator/pages/case/index?id=${c.id}`,
    });
    const other = await createMediator(app, '孙建华');
    expect(codeOf(await open(other.openid))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(other.openid, 'case', 'code', { caseId: c.id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(r.openid, 'case', 'openCode', { scene: 'c=23456789' }))).toBe('NOT_FOUND');
  });

  it('makes the mini-program code through the cloud call, a picture of the code page and its scene', async () => {
    const { r, c } = await agreedCase(app);
    const res = dataOf<{ scene: string; imageUrl: string }>(
      await app.call(r.openid, 'case', 'code', { caseId: c.id, image: true }),
    );
    const png = await fetchBytes(res.imageUrl);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
