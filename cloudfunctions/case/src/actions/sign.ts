import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { cnDateTime } from '@server/booking/slots';
import { agreementHeld, agreementText, nameOf, sha256 } from '@server/case/agreement-text';
import { withEntry } from '@server/case/lifecycle';
import { loadForParties } from '@server/case/party';
import { notifyParties, scheduleJudicialReminders } from '@server/case/party-notices';
import { faceVerifyRequired, readSignatureImage } from '@server/case/signature-image';
import { currentSignatures, sideLabels, signingView, withSignature } from '@server/case/signing';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';
import { once } from '@server/idempotency';

/**
 * A party signs the agreement they read. The signature records who (user, openid, the name on the
 * agreement), when (the server's clock) and what (the SHA-256 of the exact text); it is refused when the
 * text they read is not the current one. The second signature makes the agreement take effect.
 */
export const sign: Handler<typeof caseContract.sign> = (input, { caller, now, deadline }) =>
  once(
    { action: 'case.sign', openid: caller.openid, key: input.clientKey, input },
    { now, deadline },
    async () => {
      const { doc, side } = await loadForParties(input.caseId, caller.user);
      if (!side) throw new AppError('FORBIDDEN', '只有双方当事人本人可以签名');
      if (faceVerifyRequired() && !input.faceResult) {
        throw new AppError('BAD_REQUEST', '请先完成人脸核身', { faceResult: '请先完成人脸核身' });
      }
      const image = await readSignatureImage(caller.user._id, input.signature);
      const next = await updateCase(
        doc._id,
        async (c) => {
          if (c.state !== 'mediated_success' || !c.agreement)
            throw new AppError('CONFLICT', '这个案件现在没有待签的协议');
          if (agreementHeld(c)) throw new AppError('CONFLICT', '协议正在审核，审核通过后才能签名');
          if (sha256(agreementText(c)) !== input.textHash)
            throw new AppError('CONFLICT', '协议内容已经改动，请重新阅读后再签名');
          if (input.realName !== nameOf(c, side)) {
            throw new AppError('BAD_REQUEST', '签名人姓名与协议上的姓名不一致', {
              realName: `协议上${sideLabels[side]}的姓名是“${nameOf(c, side)}”`,
            });
          }
          if (currentSignatures(c).some((s) => s.side === side))
            throw new AppError('CONFLICT', '您已经签过名了');
          const signed = withSignature(
            c,
            {
              side,
              userId: caller.user._id,
              openid: caller.openid,
              realName: input.realName,
              signedAt: now,
              textHash: input.textHash,
              imageFileId: input.signature,
              imageHash: image.hash,
              ...(input.faceResult ? { faceResult: input.faceResult } : {}),
            },
            now,
          );
          const label = sideLabels[side];
          const entry = withEntry(
            signed,
            'signed',
            'other_party',
            now,
            `${label} ${input.realName} 签名确认协议`,
            label,
          );
          return signed.signing?.effectiveAt === now
            ? withEntry(
                entry,
                'agreement_effective',
                'admin',
                now,
                `双方已签名，协议自${cnDateTime(now)}起生效`,
                '掌上调解室',
              )
            : entry;
        },
        caller.user,
        now,
      );
      if (next.signing?.effectiveAt === now) {
        await scheduleJudicialReminders(next, now);
        await notifyParties(next, '双方已签名，协议生效', now);
      }
      return signingView(next, side, now);
    },
  );
