import type { CaseDetail } from '@contracts/case/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';

const app = useAppCloud();

async function bookedCase() {
  const m = await createMediator(app, '孙建华', roundTheClock);
  const r = await app.createUser('resident', { nickname: '李大爷' });
  const slot = starts(await slotDays(app, r.openid, m.mediatorId))[4]!;
  return { m, r, c: await book(app, r.openid, m.mediatorId, slot) };
}

async function invite(openid: string, caseId: string): Promise<string> {
  return dataOf<{ token: string }>(await app.call(openid, 'case', 'invite', { caseId })).token;
}

describe("only the other party answers the other party's invitation", () => {
  it("refuses the case's own resident and mediator, and leaves the invitation unanswered", async () => {
    const { m, r, c } = await bookedCase();
    for (const inviter of [r.openid, m.openid]) {
      const token = await invite(inviter, c.id);
      for (const insider of [r.openid, m.openid]) {
        const res = await app.call(insider, 'case', 'confirmAttendance', { token, attend: true });
        expect(res.ok ? 'OK' : [res.error.code, res.error.message]).toEqual([
          'FORBIDDEN',
          '这是邀请对方当事人的卡片，需由对方本人打开回复',
        ]);
      }
      expect(dataOf(await app.call('someone', 'case', 'inviteInfo', { token }))).toMatchObject({
        used: false,
      });
    }
    const d = dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: c.id }));
    expect(d.timeline.map((e) => e.event)).not.toContain('attendance');
    expect(d.otherParty.attendance).not.toBe('attending');
  });

  it('records who answered: a registered user by name, anyone else as unregistered', async () => {
    const { m, r, c } = await bookedCase();
    const other = await app.createUser('resident', { nickname: '王五' });
    const token = await invite(r.openid, c.id);
    expect(
      dataOf(await app.call(other.openid, 'case', 'confirmAttendance', { token, attend: false })),
    ).toEqual({
      attend: false,
    });
    const d = dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: c.id }));
    expect(d.timeline.at(-1)).toMatchObject({
      event: 'attendance',
      by: '对方当事人',
      text: '对方当事人表示不能参加（回复人：王五）',
    });
    expect(codeOf(await app.call('someone', 'case', 'confirmAttendance', { token, attend: true }))).toBe(
      'CONFLICT',
    );
  });
});
