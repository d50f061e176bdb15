import type { CaseDetail } from '@contracts/case/models';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';

const app = useAppCloud();
jest.setTimeout(60_000);

const terms = {
  facts: '王五在自家东侧砌围墙，占用了李大爷家门前约半米宽的通行道路。',
  terms: ['王五于十日内拆除占用道路部分的围墙。'],
  performance: '调解员到场确认。',
};

/** A case in mediation, booked by a resident known only by their WeChat name. */
async function inMediation() {
  const m = await createMediator(app, '张桂兰', roundTheClock);
  const r = await app.createUser('resident', { nickname: '李大爷' });
  const c = await book(app, r.openid, m.mediatorId, starts(await slotDays(app, r.openid, m.mediatorId))[1]!);
  dataOf(await app.call(m.openid, 'booking', 'confirm', { caseId: c.id }));
  dataOf(await app.call(m.openid, 'case', 'transition', { caseId: c.id, event: 'start' }));
  return { m, c };
}

describe('the names on an agreement', () => {
  it('keeps the real names the mediator wrote, for the agreement the parties sign', async () => {
    const { m, c } = await inMediation();
    const done = dataOf<CaseDetail>(
      await app.call(m.openid, 'case', 'transition', {
        caseId: c.id,
        event: 'succeed',
        agreement: { ...terms, parties: { resident: '李建国', other: '王五' } },
      }),
    );
    expect(done.residentName).toBe('李大爷');
    expect(done.agreement?.parties).toEqual({ resident: '李建国', other: '王五' });
  });

  it('says under the box when a name is left empty', async () => {
    const { m, c } = await inMediation();
    const res = await app.call(m.openid, 'case', 'transition', {
      caseId: c.id,
      event: 'succeed',
      agreement: { ...terms, parties: { resident: ' ', other: '王五' } },
    });
    expect(res.ok ? {} : res.error.fields).toEqual({ 'agreement.parties.resident': '请填写甲方姓名' });
  });
});
