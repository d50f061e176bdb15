import type { bookingContract } from '@contracts/functions/booking';
import { AppError } from '@server/app-error';
import { notifyChange, resetReminders } from '@server/booking/notices';
import { assertCancelNotice } from '@server/booking/rules';
import { releaseSlot } from '@server/booking/slot-claim';
import { detailFor } from '@server/case/detail';
import { screenCaseText } from '@server/case/held-texts';
import { applyEvent, loadCase } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';

const open = ['pending', 'proposed', 'needs_slot', 'confirmed'];

/**
 * Cancels an appointment. A resident withdraws the application, with a reason and at least the configured
 * notice before a confirmed time; the mediator may cancel a confirmed time at any moment (the case goes
 * back to waiting for a new time). Either way the slot and its reminders go.
 */
export const cancel: Handler<typeof bookingContract.cancel> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  if (actor === 'resident') await assertCancelNotice(doc, now);
  const reason = await screenCaseText(caller, 'booking.reason', '取消原因', input.reason);
  const shown = reason.shown ?? '';
  const next = await updateCase(
    input.caseId,
    async (c, tx) => {
      if (!open.includes(c.booking.status)) throw new AppError('CONFLICT', '这个预约已经取消或处理过了');
      if (actor === 'resident') await assertCancelNotice(c, now);
      else if (c.booking.status !== 'confirmed')
        throw new AppError('CONFLICT', '未确认的预约请用“不予受理”或“建议新时间”');
      const event = actor === 'resident' ? 'withdraw' : 'unschedule';
      const moved = applyEvent(c, event, actor, now, `取消预约：${shown}`);
      await releaseSlot(tx, c.mediatorId, c.booking.startAt, c._id);
      return { ...moved, booking: { ...c.booking, status: 'cancelled', reason: shown } };
    },
    caller.user,
    now,
  );
  await reason.holdIn(next, now);
  await resetReminders(next, now);
  await notifyChange(next, actor === 'resident' ? 'mediator' : 'resident', `预约已取消：${shown}`, now);
  return detailFor(next, actor, now, caller.openid);
};
