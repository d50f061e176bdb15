import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { loadForParties, partyView } from '@server/case/party';
import { signingView } from '@server/case/signing';
import type { Handler } from '@server/define-function';

/** The case as its registered other party sees it; the applicant and staff use `case.get`. */
export const asParty: Handler<typeof caseContract.asParty> = async (input, { caller, now }) => {
  const { doc, side } = await loadForParties(input.caseId, caller.user);
  if (side !== 'other') throw new AppError('NOT_FOUND', '找不到这个案件');
  return partyView(doc, now);
};

/** The agreement's full text, digest and signatures, for both parties and the case's staff. */
export const signing: Handler<typeof caseContract.signing> = async (input, { caller, now }) => {
  const { doc, side } = await loadForParties(input.caseId, caller.user);
  if (!doc.agreement) throw new AppError('CONFLICT', '这个案件还没有调解协议');
  return signingView(doc, side, now);
};
