import type { bookingContract } from '@contracts/functions/booking';
import { AppError } from '@server/app-error';
import { notifyChange, resetReminders } from '@server/booking/notices';
import { assertCanReschedule, checkNewSlot } from '@server/booking/rules';
import { claimSlot, releaseSlot } from '@server/booking/slot-claim';
import { slotLabel } from '@server/booking/slots';
import { detailFor } from '@server/case/detail';
import { screenCaseText } from '@server/case/held-texts';
import { loadCase, withEntry } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';

/**
 * Moves a booking to another free slot. A confirmed booking stays confirmed but may move at most twice;
 * before confirmation the resident may pick again freely. The new slot is claimed and the old one freed
 * in the same transaction, so the check for conflicts happens at the moment of saving.
 */
export const reschedule: Handler<typeof bookingContract.reschedule> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  assertCanReschedule(doc);
  if (actor === 'resident' && doc.booking.startAt !== undefined && doc.booking.startAt <= now) {
    throw new AppError('CONFLICT', '调解时间已过，不能再改');
  }
  const slot = await checkNewSlot(doc.mediatorId, input.startAt, now, doc._id);
  const reason = await screenCaseText(caller, 'booking.reason', '改约原因', input.reason);
  const next = await updateCase(
    input.caseId,
    async (c, tx) => {
      assertCanReschedule(c);
      if (c.booking.startAt === slot.startAt) throw new AppError('CONFLICT', '新时间和原来的一样');
      await releaseSlot(tx, c.mediatorId, c.booking.startAt, c._id);
      await claimSlot(tx, c.mediatorId, slot, c._id, now);
      const confirmed = c.booking.status === 'confirmed';
      const booking = {
        ...c.booking,
        status: confirmed ? ('confirmed' as const) : ('pending' as const),
        startAt: slot.startAt,
        endAt: slot.endAt,
        rescheduleCount: c.booking.rescheduleCount + (confirmed ? 1 : 0),
        reason: reason.shown,
      };
      const text = `改约到${slotLabel(slot.startAt)}${reason.shown ? `（${reason.shown}）` : ''}`;
      return withEntry({ ...c, booking }, 'reschedule', actor, now, text);
    },
    caller.user,
    now,
  );
  await reason.holdIn(next, now);
  await resetReminders(next, now);
  await notifyChange(
    next,
    actor === 'resident' ? 'mediator' : 'resident',
    `时间改为${slotLabel(slot.startAt)}`,
    now,
  );
  return detailFor(next, actor, now, caller.openid);
};
