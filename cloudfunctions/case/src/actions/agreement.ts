import type { caseContract } from '@contracts/functions/case';
import { heldTexts } from '@contracts/moderation';
import { AppError } from '@server/app-error';
import { agreementDocx } from '@server/case/agreement-docx';
import { loadCase } from '@server/case/lifecycle';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { enforceRateLimit } from '@server/rate-limit';

/** Writes the 人民调解协议书 as 协议书-<case number>.docx into storage and answers a download address for an hour. */
export const agreement: Handler<typeof caseContract.agreement> = async (input, { caller, now }) => {
  const { doc } = await loadCase(input.caseId, caller.user);
  if (!doc.agreement) throw new AppError('CONFLICT', '这个案件还没有调解协议');
  if (JSON.stringify(doc.agreement).includes(heldTexts.pending)) {
    throw new AppError('CONFLICT', '调解协议正在审核，审核通过后才能下载');
  }
  await enforceRateLimit(caller.openid, 'case.agreement', { max: 20, windowMs: 3_600_000 }, now);
  const content = await agreementDocx(doc, now);
  return (await storeDocument(`agreements/${doc._id}`, `协议书-${doc.caseNumber}`, 'docx', content, now))
    .file;
};
