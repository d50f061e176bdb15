import type { AuditEntry } from '@contracts/admin/audit';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { key, startConsultation } from '../helpers/consultation';
import { completeForm, consent } from '../helpers/legal-aid';

/**
 * The audit log an admin reads: every change of a case, an application, a consultation or a role, and
 * every unmasked view of personal data, under its own tab, in words (no English keys, no raw ids).
 */
const app = useAppCloud();
jest.setTimeout(60_000);

let admin: { openid: string };
beforeAll(async () => {
  admin = await app.createUser('admin', { nickname: '王建国' });
});

const list = async (domain: string) =>
  dataOf<{ items: AuditEntry[] }>(await app.call(admin.openid, 'audit', 'list', { domain, limit: 100 }))
    .items;

/** Nothing an admin reads may be a code or an id: Latin words of 3+ letters or long hex runs fail. */
function expectWords(entries: AuditEntry[]): void {
  for (const e of entries) {
    const shown = [
      e.actionLabel,
      e.target,
      e.actorName,
      ...e.changes.flatMap((c) => [c.field, c.before, c.after]),
    ];
    for (const text of shown) {
      expect([e.action, text]).not.toEqual([e.action, expect.stringMatching(/[A-Za-z_]{3,}|[0-9a-f]{16,}/)]);
    }
  }
}

it('a case: each step is an entry in words under 案件, named by its case number', async () => {
  const m = await createMediator(app, '张桂兰', roundTheClock);
  const r = await app.createUser('resident', { nickname: '李大爷' });
  const [at] = starts(await slotDays(app, r.openid, m.mediatorId));
  const c = await book(app, r.openid, m.mediatorId, at as number);
  dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
  dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
  const entries = (await list('case')).filter((e) => e.target.includes(c.caseNumber));
  // Confirming accepts and schedules in one change: two entries at the same moment, in either order.
  expect(entries.map((e) => e.actionLabel).sort()).toEqual(
    ['案件：开始调解', '案件：确定调解时间', '案件：受理', '案件：预约调解'].sort(),
  );
  expect(entries[0]?.actionLabel).toBe('案件：开始调解');
  expect(entries[0]).toMatchObject({ actorName: '张桂兰', target: `案件 ${c.caseNumber}（李大爷）` });
  expect(entries[0]?.changes).toEqual(
    expect.arrayContaining([expect.objectContaining({ field: '案件状态', after: '调解中' })]),
  );
  expectWords(entries);
});

it('an application: submit, every unmasked view and the decision, under 法律援助, by number', async () => {
  const r = await app.createUser('resident', { village: '东山村' });
  const made = dataOf<{ id: string; number: string }>(
    await app.call(r.openid, 'legalaid', 'submit', { form: completeForm(app, r.id), consent }),
  );
  const officer = await app.createUser('legal_aid_officer', { nickname: '李秀英' });
  dataOf(await app.call(officer.openid, 'legalaid', 'get', { id: made.id }));
  dataOf(await app.call(officer.openid, 'legalaid', 'get', { id: made.id, reveal: true }));
  dataOf(await app.call(officer.openid, 'legalaid', 'get', { id: made.id, reveal: true }));
  dataOf(await app.call(officer.openid, 'legalaid', 'decide', { id: made.id, decision: 'accept' }));
  const entries = (await list('legalaid')).filter((e) => e.target === `法律援助申请 ${made.number}`);
  expect(entries.map((e) => e.actionLabel)).toEqual([
    '准予法律援助',
    '查看法律援助申请（未脱敏）',
    '查看法律援助申请（未脱敏）',
    '提交法律援助申请',
  ]);
  expect(entries[0]).toMatchObject({
    actorName: '李秀英',
    changes: [{ field: '状态', before: '审查中', after: '准予法律援助' }],
  });
  expect(JSON.stringify(entries)).not.toContain('李大明');
  expectWords(entries);
});

it('a consultation: closing and reassigning, under 咨询, with names instead of ids', async () => {
  const m1 = await createMediator(app, '刘德明');
  const m2 = await createMediator(app, '孙建华');
  const r = await app.createUser('resident', { nickname: '赵大妈' });
  const c = await startConsultation(app, r.openid, { mediatorId: m1.mediatorId, clientKey: key() });
  dataOf(
    await app.call(admin.openid, 'consultation', 'reassign', {
      consultationId: c.id,
      mediatorId: m2.mediatorId,
    }),
  );
  dataOf(await app.call(m2.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'answered' }));
  const entries = (await list('consultation')).filter((e) => e.target.includes('赵大妈'));
  expect(entries.map((e) => e.actionLabel)).toEqual(['结束咨询', '改派咨询']);
  expect(entries[0]?.changes).toEqual([{ field: '处理结果', before: '—', after: '已解答' }]);
  expect(entries[1]?.changes).toEqual([{ field: '调解员', before: '刘德明', after: '孙建华' }]);
  expectWords(entries);
});

it('roles, mediators, notices and hours: in words too', async () => {
  const u = await app.createUser('resident', { nickname: '钱师傅' });
  dataOf(await app.call(admin.openid, 'user', 'setRole', { userId: u.id, role: 'mediator' }));
  const m = await createMediator(app, '周调解');
  dataOf(
    await app.call(admin.openid, 'booking', 'setAvailability', {
      ...roundTheClock,
      mediatorId: m.mediatorId,
    }),
  );
  const notice = dataOf<{ id: string }>(
    await app.call(admin.openid, 'notice', 'save', {
      title: '停电通知',
      category: '通知公告',
      body: '周五停电。',
    }),
  );
  dataOf(await app.call(admin.openid, 'notice', 'publish', { id: notice.id, pushSubscribers: true }));
  const all = dataOf<{ items: AuditEntry[] }>(
    await app.call(admin.openid, 'audit', 'list', { limit: 100 }),
  ).items;
  expect(all.find((e) => e.action === 'user.setRole')?.target).toBe('钱师傅（居民）');
  expect(all.find((e) => e.action === 'mediator.setAvailability')?.target).toBe('调解员 周调解');
  expect(all.find((e) => e.action === 'notice.publish')?.target).toBe('公告《停电通知》');
  expect(codeOf(await app.call(admin.openid, 'audit', 'list', { domain: 'mediator' }))).toBe('OK');
  expectWords(all);
});
