import { placeLabels } from '@contracts/booking';
import type { bookingContract } from '@contracts/functions/booking';
import { AppError } from '@server/app-error';
import { notifyChange, resetReminders } from '@server/booking/notices';
import { releaseSlot } from '@server/booking/slot-claim';
import { slotLabel } from '@server/booking/slots';
import { detailFor } from '@server/case/detail';
import { screenCaseText } from '@server/case/held-texts';
import { applyEvent, loadCase } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';

/** The mediator confirms the booked time: the case is accepted and scheduled in one step. */
export const confirm: Handler<typeof bookingContract.confirm> = async (input, { caller, now }) => {
  const { actor } = await loadCase(input.caseId, caller.user);
  const next = await updateCase(
    input.caseId,
    async (c) => {
      if (c.booking.status !== 'pending' || c.booking.startAt === undefined) {
        throw new AppError('CONFLICT', '这个预约已经处理过了，请刷新');
      }
      const accepted = c.state === 'submitted' ? applyEvent(c, 'accept', actor, now, '受理调解申请') : c;
      const confirmed = { ...accepted, booking: { ...accepted.booking, status: 'confirmed' as const } };
      const when = `${slotLabel(c.booking.startAt)}，${placeLabels[c.booking.place]}`;
      return applyEvent(confirmed, 'schedule', actor, now, `确认调解时间：${when}`);
    },
    caller.user,
    now,
  );
  await resetReminders(next, now);
  await notifyChange(next, 'resident', '调解员已确认，请按时参加', now);
  return detailFor(next, actor, now, caller.openid);
};

/** The mediator declines the case with a reason the resident will read; the slot is freed. */
export const decline: Handler<typeof bookingContract.decline> = async (input, { caller, now }) => {
  const { actor } = await loadCase(input.caseId, caller.user);
  const reason = await screenCaseText(caller, 'booking.reason', '不予受理的原因', input.reason);
  const shown = reason.shown ?? '';
  const next = await updateCase(
    input.caseId,
    async (c, tx) => {
      const declined = applyEvent(c, 'decline', actor, now, `不予受理：${shown}`);
      await releaseSlot(tx, c.mediatorId, c.booking.startAt, c._id);
      return { ...declined, booking: { ...c.booking, status: 'declined', reason: shown } };
    },
    caller.user,
    now,
  );
  await reason.holdIn(next, now);
  await resetReminders(next, now);
  await notifyChange(next, 'resident', `未受理：${shown}`, now);
  return detailFor(next, actor, now, caller.openid);
};
