import type { caseContract } from '@contracts/functions/case';
import { caseSourceLabels } from '@contracts/plain/report';
import { AppError } from '@server/app-error';
import { caseSubject, recordAudit } from '@server/audit';
import { detailFor } from '@server/case/detail';
import { loadCase } from '@server/case/lifecycle';
import type { CaseDoc } from '@server/case/models';
import { updateCase } from '@server/case/store';
import { reportOf } from '@server/case/views';
import type { Handler } from '@server/define-function';
import { timeField } from '@server/notify';

/** The report figures of a case as the audit log shows them: words and numbers, no codes. */
function auditedFigures(c: CaseDoc): Record<string, unknown> {
  const r = reportOf(c);
  return {
    source: caseSourceLabels[r.source],
    peopleInvolved: r.peopleInvolved,
    agreementAmount: r.agreementAmount,
    preventedCriminal: r.preventedCriminal,
    preventedPetition: r.preventedPetition,
    deadline: r.deadline ? `${timeField(r.deadline.at)} ${r.deadline.what}` : undefined,
  };
}

/**
 * Records what the bureau's report asks of a case. The whole set is written at once (a field left out is
 * cleared), in the case's transaction, so the report table's rollups move with it; the change is audited
 * field by field. The case's own mediator or an admin may; a mediator's own matter is refused.
 */
export const recordReport: Handler<typeof caseContract.recordReport> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  if (actor === 'resident') throw new AppError('FORBIDDEN', '不能填写自己案件的上报信息');
  const next = await updateCase(
    input.caseId,
    async (c) => ({
      ...c,
      source: input.source,
      report: {
        peopleInvolved: input.peopleInvolved,
        ...(input.agreementAmount !== undefined ? { agreementAmount: input.agreementAmount } : {}),
        ...(input.preventedCriminal ? { preventedCriminal: input.preventedCriminal } : {}),
        ...(input.preventedPetition ? { preventedPetition: input.preventedPetition } : {}),
        ...(input.deadline ? { deadline: input.deadline } : {}),
      },
      updatedAt: now,
    }),
    caller.user,
    now,
  );
  const before = auditedFigures(doc);
  const after = auditedFigures(next);
  const changed = Object.keys(after).filter((field) => before[field] !== after[field]);
  const only = (figures: Record<string, unknown>) => Object.fromEntries(changed.map((f) => [f, figures[f]]));
  await recordAudit(
    caller.user,
    {
      action: 'case.report',
      target: caseSubject(next),
      targetId: next._id,
      before: only(before),
      after: only(after),
    },
    now,
  );
  return detailFor(next, actor, now, caller.openid);
};
