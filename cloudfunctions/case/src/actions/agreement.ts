import type { caseContract } from '@contracts/functions/case';
import { heldTexts } from '@contracts/moderation';
import { AppError } from '@server/app-error';
import { agreementDocx } from '@server/case/agreement-docx';
import { loadForParties } from '@server/case/party';
import { signatureImages } from '@server/case/signature-image';
import { currentSignatures } from '@server/case/signing';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { enforceRateLimit } from '@server/rate-limit';

/**
 * Writes the 人民调解协议书, with the parties' drawn signatures once they signed, as
 * 协议书-<case number>.docx into storage and answers a download address for an hour. Both parties and the
 * case's staff may download it.
 */
export const agreement: Handler<typeof caseContract.agreement> = async (input, { caller, now }) => {
  const { doc } = await loadForParties(input.caseId, caller.user);
  if (!doc.agreement) throw new AppError('CONFLICT', '这个案件还没有调解协议');
  if (JSON.stringify(doc.agreement).includes(heldTexts.pending)) {
    throw new AppError('CONFLICT', '调解协议正在审核，审核通过后才能下载');
  }
  await enforceRateLimit(caller.openid, 'case.agreement', { max: 20, windowMs: 3_600_000 }, now);
  const content = await agreementDocx(doc, now, await signatureImages(currentSignatures(doc)));
  return (await storeDocument(`agreements/${doc._id}`, `协议书-${doc.caseNumber}`, 'docx', content, now))
    .file;
};
