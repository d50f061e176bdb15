import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { assertToken, caseByToken, insiderMessage, isInsider } from '@server/case/invitation';
import { withEntry } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import { TextScene } from '@server/content-security';
import { encryptField, maskPhone } from '@server/crypto';
import type { Handler } from '@server/define-function';
import { screenTexts } from '@server/moderation/screen';

/**
 * The other party registers as a party of the case through the one-time invitation: their name as on
 * the ID card (checked later against the agreement they sign) and their phone, encrypted and shown masked.
 * The invitation is used up by it; the case's own resident and mediator cannot take the other side.
 */
export const join: Handler<typeof caseContract.join> = async (input, { caller, now }) => {
  const found = await caseByToken(input.token);
  if (isInsider(found, caller)) throw new AppError('FORBIDDEN', insiderMessage);
  // The name is Chinese characters only (the contract) and the applicant reads it: risky words refuse it.
  await screenTexts(caller.openid, TextScene.profile, [
    { key: 'realName', label: '姓名', text: input.realName },
  ]);
  const next = await updateCase(
    found._id,
    async (c) => {
      assertToken(c, input.token);
      if (isInsider(c, caller)) throw new AppError('FORBIDDEN', insiderMessage);
      if (c.invite.usedAt !== undefined || c.party) throw new AppError('CONFLICT', '这个邀请已经回复过了');
      const party = {
        userId: caller.user._id,
        openid: caller.openid,
        realName: input.realName,
        phoneEnc: encryptField(input.phone),
        phoneMasked: maskPhone(input.phone),
        attend: input.attend,
        joinedAt: now,
      };
      const answeredBy = { userId: caller.user._id, name: input.realName };
      const answer = input.attend ? '确认参加调解' : '表示不能参加';
      return withEntry(
        { ...c, party, invite: { ...c.invite, usedAt: now, attend: input.attend, answeredBy } },
        'party_joined',
        'other_party',
        now,
        `对方当事人 ${input.realName} 通过邀请登记，${answer}`,
      );
    },
    caller.user,
    now,
  );
  return { caseId: next._id };
};
