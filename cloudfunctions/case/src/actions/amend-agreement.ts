import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { agreementText } from '@server/case/agreement-text';
import { detailFor } from '@server/case/detail';
import { screenAgreement } from '@server/case/held-texts';
import { loadCase, withEntry } from '@server/case/lifecycle';
import { cancelJudicialReminders, notifyParties } from '@server/case/party-notices';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';

const voidedText = '协议内容已修改，原有签名全部作废，请双方重新阅读并签名';

/**
 * The mediator changes the terms. A signature covers one exact text, so after any change every signature
 * given is void (the timeline says so and both parties are told), the agreement is no longer in effect,
 * and both sign the new text again.
 */
export const amendAgreement: Handler<typeof caseContract.amendAgreement> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  if (actor === 'resident') throw new AppError('FORBIDDEN', '只有调解员可以修改协议');
  if (doc.state !== 'mediated_success' || !doc.agreement)
    throw new AppError('CONFLICT', '只有调解成功、尚未结案的协议可以修改');
  const screened = await screenAgreement(caller, input.agreement, now);
  let voided = false;
  const next = await updateCase(
    input.caseId,
    async (c) => {
      if (c.state !== 'mediated_success' || !c.agreement)
        throw new AppError('CONFLICT', '只有调解成功、尚未结案的协议可以修改');
      const changed = { ...c, agreement: { ...screened.shown, agreedAt: c.agreement.agreedAt } };
      if (agreementText(changed) === agreementText(c)) throw new AppError('CONFLICT', '协议内容没有变化');
      voided = (c.signing?.signatures.length ?? 0) > 0;
      return voided
        ? withEntry({ ...changed, signing: { signatures: [] } }, 'signatures_voided', actor, now, voidedText)
        : withEntry(changed, 'agreement_amended', actor, now, '调解员修改了协议内容，请双方阅读后签名');
    },
    caller.user,
    now,
  );
  await screened.holdIn(next, now);
  if (voided) {
    await cancelJudicialReminders(next._id);
    await notifyParties(next, '协议已修改，请重新签名', now);
  }
  return detailFor(next, actor, now, caller.openid);
};
