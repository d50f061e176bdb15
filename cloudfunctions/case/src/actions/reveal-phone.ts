import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { loadCase } from '@server/case/lifecycle';
import { Collections } from '@server/collections';
import { decryptField } from '@server/crypto';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';

const partyNames = { resident: '申请人', otherParty: '对方当事人' } as const;

/**
 * The case's own mediator reads a party's full phone to call them. Phones are shown masked everywhere
 * else, so every reading is an unmasked view: it is written to the audit log before the number is
 * answered, so none goes unrecorded (as legal aid logs each unmasked opening).
 */
export const revealPhone: Handler<typeof caseContract.revealPhone> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  if (actor !== 'mediator') throw new AppError('FORBIDDEN', '只有本案调解员可以查看当事人电话');
  const sealed =
    input.party === 'resident'
      ? (await getById<UserDoc>(Collections.users, doc.residentId))?.phoneEnc
      : // The number the other party registered themselves outranks the one the applicant gave.
        (doc.party?.phoneEnc ?? doc.otherParty.phoneEnc);
  if (!sealed) throw new AppError('NOT_FOUND', `${partyNames[input.party]}没有留电话`);
  const phone = decryptField(sealed);
  await recordAudit(
    caller.user,
    { action: 'case.revealPhone', target: doc.caseNumber, after: { party: partyNames[input.party] } },
    now,
  );
  return { phone };
};
