import { referralLabels, transitions } from '@contracts/case/lifecycle';
import type { caseContract } from '@contracts/functions/case';
import { AppError } from '@server/app-error';
import { cancelReminders } from '@server/booking/notices';
import { detailFor } from '@server/case/detail';
import { createFollowUps } from '@server/case/follow-ups';
import { screenAgreement, screenCaseText, timelineOnly } from '@server/case/held-texts';
import { applyEvent, assertTransition, loadCase } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';

/**
 * Moves a case along the lifecycle table. Success needs the agreement's terms; failure needs where the
 * parties are referred. The state is re-read inside the transaction, so two taps cannot both succeed.
 */
export const transition: Handler<typeof caseContract.transition> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  assertTransition(doc, input.event, actor);
  if (input.event === 'succeed' && !input.agreement) {
    throw new AppError('BAD_REQUEST', '请填写调解协议内容', { agreement: '请填写调解协议内容' });
  }
  if (input.event === 'fail' && !input.referral) {
    throw new AppError('BAD_REQUEST', '请选择转介去向', { referral: '请选择转介去向' });
  }
  const note = await screenCaseText(caller, timelineOnly, '备注', input.note);
  const referralNote = await screenCaseText(
    caller,
    'referral.note',
    '转介说明',
    input.referral?.note || undefined,
  );
  const agreement = input.agreement ? await screenAgreement(caller, input.agreement, now) : undefined;
  const next = await updateCase(
    input.caseId,
    async (c) => {
      const noted = note.shown ? `：${note.shown}` : '';
      if (input.event === 'succeed' && agreement) {
        const terms = agreement.value.terms.length;
        return {
          ...applyEvent(c, 'succeed', actor, now, `调解成功，达成协议${terms}条`),
          agreement: agreement.shown,
        };
      }
      if (input.event === 'fail' && input.referral) {
        const referral = { to: input.referral.to, note: referralNote.shown ?? '' };
        return {
          ...applyEvent(c, 'fail', actor, now, `调解未成功，${referralLabels[input.referral.to]}${noted}`),
          referral,
        };
      }
      const moved = applyEvent(c, input.event, actor, now, `${transitions[input.event].label}${noted}`);
      return input.event === 'start' ? { ...moved, booking: { ...moved.booking, status: 'done' } } : moved;
    },
    caller.user,
    now,
  );
  await note.holdIn(next, now);
  await referralNote.holdIn(next, now);
  await agreement?.holdIn(next, now);
  if (input.event === 'start') await cancelReminders(next._id);
  if (input.event === 'succeed' && next.agreement) await createFollowUps(next, next.agreement.agreedAt);
  return detailFor(next, actor, now, caller.openid);
};
