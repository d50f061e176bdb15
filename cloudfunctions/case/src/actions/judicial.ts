import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { checkIdFiles, idPhotos } from '@server/case/id-material';
import { judicialOf } from '@server/case/judicial-deadline';
import { judicialPackageDocx } from '@server/case/judicial-docx';
import { withEntry } from '@server/case/lifecycle';
import type { CaseDoc } from '@server/case/models';
import { loadForParties } from '@server/case/party';
import { cancelJudicialReminders } from '@server/case/party-notices';
import { signatureImages } from '@server/case/signature-image';
import { currentSignatures, sideLabels, signingView } from '@server/case/signing';
import { updateCase } from '@server/case/store';
import { TextScene } from '@server/content-security';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { screenTexts } from '@server/moderation/screen';
import { enforceRateLimit } from '@server/rate-limit';

function assertEffective(c: CaseDoc): void {
  if (c.signing?.effectiveAt === undefined)
    throw new AppError('CONFLICT', '协议经双方签名生效后才能申请司法确认');
}

/** A party adds their own ID photos to the application (replacing what they added before). */
export const addIdMaterial: Handler<typeof caseContract.addIdMaterial> = async (input, { caller, now }) => {
  const { doc, side } = await loadForParties(input.caseId, caller.user);
  if (!side) throw new AppError('FORBIDDEN', '只有当事人本人可以添加身份证明');
  assertEffective(doc);
  await checkIdFiles(caller.user._id, input.files);
  await updateCase(
    doc._id,
    async (c) => {
      assertEffective(c);
      const idFiles = { ...(c.judicial?.idFiles ?? {}), [side]: input.files };
      return withEntry(
        { ...c, judicial: { ...c.judicial, idFiles } },
        'id_material',
        'other_party',
        now,
        `${sideLabels[side]}添加了身份证明材料`,
        sideLabels[side],
      );
    },
    caller.user,
    now,
  );
  return { count: input.files.length };
};

/**
 * Either party prepares the joint application once the agreement took effect, within the 30 days: one
 * .docx holding the application form, the signed agreement, the committee's materials and the ID photos.
 */
export const judicialPackage: Handler<typeof caseContract.judicialPackage> = async (
  input,
  { caller, now },
) => {
  const { doc, side } = await loadForParties(input.caseId, caller.user);
  if (!side) throw new AppError('FORBIDDEN', '司法确认由双方当事人共同申请');
  assertEffective(doc);
  const j = judicialOf(doc, now);
  if (j && j.daysLeft < 0)
    throw new AppError('CONFLICT', '已超过协议生效后30日的申请期限，请咨询调解员或法院');
  await enforceRateLimit(caller.openid, 'case.judicialPackage', { max: 10, windowMs: 3_600_000 }, now);
  const content = await judicialPackageDocx(
    doc,
    now,
    await signatureImages(currentSignatures(doc)),
    await idPhotos(doc),
  );
  const stored = await storeDocument(
    `judicial/${doc._id}`,
    `司法确认申请材料-${doc.caseNumber}`,
    'docx',
    content,
    now,
  );
  return stored.file;
};

const outcomeWords = { confirmed: '法院裁定确认协议有效', rejected: '法院驳回司法确认申请' } as const;

/** What the court decided, as a party (or the mediator) reports it, with the ruling's number. */
export const recordJudicial: Handler<typeof caseContract.recordJudicial> = async (input, { caller, now }) => {
  const { doc, side, actor } = await loadForParties(input.caseId, caller.user);
  if (!side && actor !== 'mediator') throw new AppError('FORBIDDEN', '由当事人或本案调解员记录');
  assertEffective(doc);
  await screenTexts(caller.openid, TextScene.comment, [
    { key: 'rulingNumber', label: '裁定书编号', text: input.rulingNumber },
  ]);
  const who = side ? sideLabels[side] : `调解员 ${doc.mediatorName}`;
  const next = await updateCase(
    doc._id,
    async (c) => {
      assertEffective(c);
      const outcome = { result: input.result, rulingNumber: input.rulingNumber, reportedAt: now };
      return withEntry(
        { ...c, judicial: { idFiles: c.judicial?.idFiles ?? {}, outcome } },
        'judicial_outcome',
        'other_party',
        now,
        `${outcomeWords[input.result]}（${input.rulingNumber}）`,
        who,
      );
    },
    caller.user,
    now,
  );
  await cancelJudicialReminders(next._id);
  return signingView(next, side, now);
};
