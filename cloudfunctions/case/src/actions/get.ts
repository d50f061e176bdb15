import { ZCaseSummary } from '@contracts/case/models';
import type { caseContract } from '@contracts/functions/case';
import { mediatorFor } from '@server/booking/availability';
import { detailFor } from '@server/case/detail';
import { loadCase } from '@server/case/lifecycle';
import type { CaseDoc } from '@server/case/models';
import { toSummary } from '@server/case/views';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import { viewEach } from '@server/views/view-each';

export const get: Handler<typeof caseContract.get> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  return detailFor(doc, actor, now, caller.openid);
};

/** A resident's cases: those they applied for, and those they joined as the other party (marked). */
export const mine: Handler<typeof caseContract.mine> = async (_input, { caller }) => {
  const order = { orderBy: [['createdAt', 'desc']] as [string, 'desc'][], limit: 100 };
  const own = await findMany<CaseDoc>(Collections.cases, { residentId: caller.user._id }, order);
  const joined = await findMany<CaseDoc>(Collections.cases, { 'party.userId': caller.user._id }, order);
  const docs = [...own, ...joined].sort((a, b) => b.createdAt - a.createdAt);
  return {
    items: viewEach('case.mine', docs, ZCaseSummary, (c) =>
      c.residentId === caller.user._id ? toSummary(c, 'resident') : { ...partySummary(c), asParty: true },
    ),
  };
};

/** The other party's line in their list: nothing of the applicant's beyond what the party view shows. */
function partySummary(c: CaseDoc) {
  const s = toSummary(c, 'resident');
  return { ...s, booking: { ...s.booking, reason: undefined }, nextStep: '查看调解安排和协议' };
}

const tabs = {
  active: ['accepted', 'scheduled', 'in_mediation', 'mediated_success', 'mediation_failed'],
  done: ['closed', 'withdrawn'],
};

/** A mediator's cases by tab, the most recently changed first; admins see every mediator's. */
export const workbench: Handler<typeof caseContract.workbench> = async (input, { caller }) => {
  const state = command().in(tabs[input.tab]);
  const admin = caller.user.role === 'admin';
  const where = admin ? { state } : { mediatorId: (await mediatorFor(caller.user))._id, state };
  const docs = await findMany<CaseDoc>(Collections.cases, where, {
    orderBy: [['updatedAt', 'desc']],
    limit: 100,
  });
  return {
    items: viewEach('case.workbench', docs, ZCaseSummary, (c) => toSummary(c, admin ? 'admin' : 'mediator')),
  };
};
