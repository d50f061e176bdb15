import type { VerifyResult } from '@contracts/case/party';
import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { agreementText, committeeOf, sha256 } from '@server/case/agreement-text';
import type { CaseDoc } from '@server/case/models';
import { currentSignatures } from '@server/case/signing';
import { readAgreementDocx } from '@server/case/verify-docx';
import { cloud } from '@server/cloud';
import { Collections } from '@server/collections';
import { findOne } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { enforceRateLimit } from '@server/rate-limit';

/**
 * Anyone holding a signed agreement checks it: the code finds the record (a code of terms changed since is
 * no longer found); with the document itself, its text and each drawn signature are compared with what
 * the parties signed: genuine, text altered, or a signature altered.
 */
export const verify: Handler<typeof caseContract.verify> = async (input, { caller, now }) => {
  await enforceRateLimit(caller.openid, 'case.verify', { max: 30, windowMs: 3_600_000 }, now);
  const c = await findOne<CaseDoc>(Collections.cases, { 'signing.verifyCode': input.code });
  const effectiveAt = c?.signing?.effectiveAt;
  if (!c || effectiveAt === undefined) throw new AppError('NOT_FOUND', '没有这个核验码，或协议已修改作废');
  const signatures = currentSignatures(c);
  const text = agreementText(c);
  const record: Omit<VerifyResult, 'verdict'> = {
    caseNumber: c.caseNumber,
    committee: committeeOf(c),
    mediatorName: c.mediatorName,
    effectiveAt,
    textHash: sha256(text),
    text,
    signatures: signatures.map((s) => ({
      side: s.side,
      name: s.realName,
      signedAt: s.signedAt,
      imageHash: s.imageHash,
    })),
  };
  if (!input.document) return { verdict: 'recorded', ...record };
  if (!caller.user) throw new AppError('NOT_REGISTERED');
  await checkOwnUploads(caller.user._id, 'verify', [{ fileID: input.document, field: 'document' }]);
  const file = (await cloud.downloadFile({ fileID: input.document })) as { fileContent: Buffer };
  const claim = readAgreementDocx(Buffer.from(file.fileContent));
  const textOk = signatures.every((s) => s.textHash === sha256(claim.text));
  const signaturesOk = signatures.every((s) => {
    const image = claim.images[s.side];
    return image !== undefined && sha256(image) === s.imageHash;
  });
  return { verdict: !textOk ? 'altered_text' : !signaturesOk ? 'altered_signature' : 'genuine', ...record };
};
