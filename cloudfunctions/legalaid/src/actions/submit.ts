import { randomBytes } from 'node:crypto';
import type { ParsedInputOf } from '@contracts/contract';
import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { ApplicationForm } from '@contracts/legal-aid/form';
import { maskIdNumber, maskName } from '@contracts/legal-aid/id-number';
import { needsHardshipProof } from '@contracts/legal-aid/means-test';
import { CONSENT_PURPOSE, CONSENT_VERSION } from '@contracts/legal-aid/status';
import type { MyApplication } from '@contracts/legal-aid/views';
import { AppError } from '@server/app-error';
import { residentArea } from '@server/areas/record-area';
import { applicationSubject, recordAudit } from '@server/audit';
import { runTx } from '@server/case/store';
import { Collections } from '@server/collections';
import { nextSequence } from '@server/counters';
import type { TransactionLike } from '@server/db';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';
import { checkOwnPhotos, stamp } from '@server/legal-aid/attachments';
import { legalAidConfig } from '@server/legal-aid/config';
import type { LegalAidApplicationDoc } from '@server/legal-aid/models';
import { sealForm } from '@server/legal-aid/personal';
import { removeDraft } from '@server/legal-aid/store';
import { toMyApplication } from '@server/legal-aid/views';
import type { UserDoc } from '@server/models';
import { enforceRateLimit } from '@server/rate-limit';
import { legalAidFigure, moveFigures } from '@server/stats/rollups';

/** Photos the form needs: an ID photo always; proof of hardship from a declaring applicant without the pledge. */
function missingPhotos(form: ApplicationForm): Record<string, string> {
  const kinds = new Set(form.attachments.map((a) => a.kind));
  const missing: Record<string, string> = {};
  if (!kinds.has('id')) missing['form.attachments'] = '请拍一张身份证照片';
  if (needsHardshipProof(form) && !kinds.has('hardship')) {
    missing['form.hardshipPledge'] = '请签经济困难承诺，或拍下困难证明';
  }
  return missing;
}

/**
 * Submits an application. The text goes to the legal-aid office only, never to other residents, so it is
 * deliberately not sent to content security: that would hand domestic-violence and health details to a
 * third party for no purpose the applicant consented to.
 */
export const submit: Handler<typeof legalAidContract.submit> = (input, { caller, now, deadline }) =>
  once(
    { action: 'legalaid.submit', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    () => submitNew(input, caller.user, now),
  );

async function submitNew(
  input: ParsedInputOf<typeof legalAidContract.submit>,
  user: UserDoc,
  now: number,
): Promise<MyApplication> {
  if (input.consent.version !== CONSENT_VERSION) {
    throw new AppError('CONFLICT', '个人信息处理说明已更新，请重新阅读并同意', {
      consent: '请重新阅读并同意',
    });
  }
  const form = input.form;
  await checkOwnPhotos(form.attachments, user._id, 'form.attachments');
  const missing = missingPhotos(form);
  if (Object.keys(missing).length > 0) throw new AppError('BAD_REQUEST', Object.values(missing)[0], missing);
  await enforceRateLimit(user.openid, 'legal-aid-submit', { max: 5, windowMs: 24 * 3600_000 }, now);

  const year = new Date(now + 8 * 3600_000).getUTCFullYear();
  const sequence = await nextSequence(`legal-aid-${year}`);
  const area = await residentArea(user);
  const doc: Omit<LegalAidApplicationDoc, '_id'> = {
    number: `法援-${year}-${String(sequence).padStart(4, '0')}`,
    status: 'submitted',
    matter: form.matter,
    stage: form.stage,
    ...(area ? { area, areaName: user.village } : {}),
    submittedAt: now,
    updatedAt: now,
    applicantId: user._id,
    applicantOpenid: user.openid,
    nameMasked: maskName(form.name),
    idMasked: maskIdNumber(form.idNumber),
    personalEnc: sealForm(form),
    attachments: stamp(form.attachments, now),
    timeline: [{ at: now, kind: 'submitted' }],
    consent: {
      version: input.consent.version,
      at: now,
      purpose: CONSENT_PURPOSE,
      retentionDays: legalAidConfig().retentionDays,
    },
  };
  const id = randomBytes(16).toString('hex');
  await runTx(async (tx: TransactionLike) => {
    await tx.collection(Collections.legalAidApplications).doc(id).set({ data: doc });
    await moveFigures(tx, null, legalAidFigure(doc));
  });
  await recordAudit(
    user,
    {
      action: 'legalaid.submit',
      target: applicationSubject(doc),
      targetId: id,
      after: { status: doc.status },
    },
    now,
  );
  await removeDraft(user._id);
  return toMyApplication({ ...doc, _id: id });
}
