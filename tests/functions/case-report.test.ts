import type { AuditEntry } from '@contracts/admin/audit';
import type { CaseDetail } from '@contracts/case/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { stored } from '../helpers/consultation';

const app = useAppCloud();
jest.setTimeout(60_000);

let mediator: Awaited<ReturnType<typeof createMediator>>;
let resident: { openid: string };
let admin: { openid: string };
let caseId: string;

beforeAll(async () => {
  mediator = await createMediator(app, '张桂兰', roundTheClock);
  resident = await app.createUser('resident', { nickname: '李大爷', village: '东山村' });
  admin = await app.createUser('admin', { nickname: '王建国' });
  const [first] = starts(await slotDays(app, resident.openid, mediator.mediatorId));
  caseId = (await book(app, resident.openid, mediator.mediatorId, first!)).id;
});

const figures = {
  source: 'screening',
  peopleInvolved: 120,
  agreementAmount: 36_000,
  preventedCriminal: 3,
  preventedPetition: 120,
  deadline: { at: Date.UTC(2026, 11, 20), what: '拆迁腾退期限' },
};

describe('the report figures of a case', () => {
  it('a booking is a party application of two people until the mediator records more', async () => {
    const d = dataOf<CaseDetail>(await app.call(mediator.openid, 'case', 'get', { caseId }));
    expect(d.report).toEqual({ source: 'application', peopleInvolved: 2 });
    const own = dataOf<CaseDetail>(await app.call(resident.openid, 'case', 'get', { caseId }));
    expect(own).not.toHaveProperty('report');
  });

  it('the mediator records them; the case, the detail and the audit log show them in words', async () => {
    const d = dataOf<CaseDetail>(
      await app.call(mediator.openid, 'case', 'recordReport', { caseId, ...figures }),
    );
    expect(d.report).toEqual(figures);
    expect(await stored(app, 'cases', caseId)).toMatchObject({
      source: 'screening',
      report: { peopleInvolved: 120, agreementAmount: 36_000, preventedCriminal: 3, preventedPetition: 120 },
    });
    const { items } = dataOf<{ items: AuditEntry[] }>(
      await app.call(admin.openid, 'audit', 'list', { domain: 'case', limit: 20 }),
    );
    const entry = items.find((e) => e.action === 'case.report');
    expect(entry).toMatchObject({ actionLabel: '案件：填写上报信息', actorName: '张桂兰' });
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: '案件来源', before: '当事人申请', after: '主动排查' },
        { field: '涉及人数', before: '2', after: '120' },
        { field: '协议金额（元）', before: '—', after: '36000' },
      ]),
    );
    // A figure left out is cleared: the set is written whole.
    const cleared = dataOf<CaseDetail>(
      await app.call(admin.openid, 'case', 'recordReport', { caseId, source: 'referral', peopleInvolved: 5 }),
    );
    expect(cleared.report).toEqual({ source: 'referral', peopleInvolved: 5 });
  });

  it('refuses values out of bounds, with the field named', async () => {
    const bad = async (patch: object) =>
      (await app.call(mediator.openid, 'case', 'recordReport', { caseId, ...figures, ...patch })) as {
        ok: false;
        error: { code: string; fields?: Record<string, string> };
      };
    expect((await bad({ agreementAmount: -1 })).error.fields).toEqual({
      agreementAmount: '协议金额不能是负数',
    });
    expect((await bad({ agreementAmount: 1e9 })).error.fields).toEqual({
      agreementAmount: '协议金额不超过1亿元',
    });
    expect((await bad({ agreementAmount: 10.5 })).error.fields).toEqual({
      agreementAmount: '协议金额按元填整数',
    });
    expect(
      (await bad({ peopleInvolved: 1, preventedCriminal: undefined, preventedPetition: undefined })).error
        .fields,
    ).toEqual({ peopleInvolved: '涉及人数至少2人' });
    expect((await bad({ peopleInvolved: 1e7 })).error.fields).toEqual({
      peopleInvolved: '涉及人数不超过100000人',
    });
    expect((await bad({ preventedPetition: 121 })).error.fields).toEqual({
      preventedPetition: '防止上访的人数不能多于涉及人数',
    });
    expect((await bad({ source: 'police' })).error.fields).toEqual({ source: '请选择案件来源' });
    expect((await bad({ deadline: { at: 9e15, what: '期限' } })).error.code).toBe('BAD_REQUEST');
    expect((await bad({ deadline: { at: Date.now(), what: '' } })).error.fields).toEqual({
      'deadline.what': '请写明是什么期限',
    });
  });

  it('refuses the resident, another mediator and an officer', async () => {
    const other = await createMediator(app, '刘德明');
    const officer = await app.createUser('legal_aid_officer');
    const input = { caseId, source: 'screening', peopleInvolved: 3 };
    expect(codeOf(await app.call(resident.openid, 'case', 'recordReport', input))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(other.openid, 'case', 'recordReport', input))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(officer.openid, 'case', 'recordReport', input))).toBe('FORBIDDEN');
    expect(
      codeOf(await app.call(mediator.openid, 'case', 'recordReport', { ...input, caseId: 'nope' })),
    ).toBe('NOT_FOUND');
    expect(await stored(app, 'cases', caseId)).toMatchObject({
      source: 'referral',
      report: { peopleInvolved: 5 },
    });
  });
});
