import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { loadForParties } from '@server/case/party';
import { referralDocx } from '@server/case/referral-docx';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { enforceRateLimit } from '@server/rate-limit';

/** When mediation failed: the referral package (在线立案, arbitration or legal aid), prefilled with the history. */
export const referralPackage: Handler<typeof caseContract.referralPackage> = async (
  input,
  { caller, now },
) => {
  const { doc, side } = await loadForParties(input.caseId, caller.user);
  if (!doc.referral || !['mediation_failed', 'closed'].includes(doc.state))
    throw new AppError('CONFLICT', '只有调解未成功的案件有转介材料');
  await enforceRateLimit(caller.openid, 'case.referralPackage', { max: 10, windowMs: 3_600_000 }, now);
  const content = await referralDocx(doc, side, now);
  return (await storeDocument(`referrals/${doc._id}`, `转介材料-${doc.caseNumber}`, 'docx', content, now))
    .file;
};
