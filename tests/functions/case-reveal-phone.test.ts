import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();
jest.setTimeout(120_000);

/** A resident with a phone on file books the mediator; answers the case and who is who. */
async function bookedCase() {
  const mediator = await createMediator(app, '张桂兰', roundTheClock);
  const { openid: resident } = await app.createUser('resident');
  dataOf(await app.call(resident, 'user', 'updateProfile', { nickname: '李大爷', phone: '13912345678' }));
  const [startAt] = starts(await slotDays(app, resident, mediator.mediatorId));
  const c = await book(app, resident, mediator.mediatorId, startAt ?? 0, {
    otherParty: { name: '王五', relation: '邻居', village: '东山村', phone: '13800001111' },
  });
  return { mediator, resident, c };
}

async function revealEntries(caseNumber: string) {
  const res = await sdk(
    app.db.collection('audit_logs').where({ action: 'case.revealPhone', target: caseNumber }).get(),
  );
  return (res as { data: Array<Record<string, unknown>> }).data;
}

describe('case.revealPhone', () => {
  it("answers a party's full phone to the case's own mediator and records each view", async () => {
    const { mediator, c } = await bookedCase();
    expect(c.otherParty.phoneMasked).toBe('138****1111');
    const other = await app.call(mediator.openid, 'case', 'revealPhone', {
      caseId: c.id,
      party: 'otherParty',
    });
    expect(dataOf(other)).toEqual({ phone: '13800001111' });
    const resident = await app.call(mediator.openid, 'case', 'revealPhone', {
      caseId: c.id,
      party: 'resident',
    });
    expect(dataOf(resident)).toEqual({ phone: '13912345678' });

    const entries = await revealEntries(c.caseNumber);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.actorId).every((id) => id === mediator.userId)).toBe(true);
    expect(entries.map((e) => (e.after as { party: string }).party).sort()).toEqual(['对方当事人', '申请人']);
    // The log says who looked at whose number, never the number itself.
    expect(JSON.stringify(entries)).not.toMatch(/13800001111|13912345678/);
  });

  it('refuses another mediator, the resident, an admin and a stranger, and records nothing', async () => {
    const { resident, c } = await bookedCase();
    const otherMediator = await createMediator(app, '刘德明');
    const { openid: admin } = await app.createUser('admin');
    const input = { caseId: c.id, party: 'otherParty' };
    expect(codeOf(await app.call(otherMediator.openid, 'case', 'revealPhone', input))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(resident, 'case', 'revealPhone', input))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(admin, 'case', 'revealPhone', input))).toBe('FORBIDDEN');
    expect(codeOf(await app.call('stranger', 'case', 'revealPhone', input))).toBe('NOT_REGISTERED');
    expect(await revealEntries(c.caseNumber)).toHaveLength(0);
  });

  it('says in words when a party left no phone, and refuses an unknown party', async () => {
    const mediator = await createMediator(app, '王秀芳', roundTheClock);
    const { openid: resident } = await app.createUser('resident');
    const [startAt] = starts(await slotDays(app, resident, mediator.mediatorId));
    const c = await book(app, resident, mediator.mediatorId, startAt ?? 0);
    const res = await app.call(mediator.openid, 'case', 'revealPhone', { caseId: c.id, party: 'resident' });
    expect(res.ok ? '' : res.error.message).toBe('申请人没有留电话');
    expect(
      codeOf(await app.call(mediator.openid, 'case', 'revealPhone', { caseId: c.id, party: 'neighbour' })),
    ).toBe('BAD_REQUEST');
    expect(await revealEntries(c.caseNumber)).toHaveLength(0);
  });
});
