import type { bookingContract } from '@contracts/functions/booking';
import { AppError } from '@server/app-error';
import { notifyChange, resetReminders } from '@server/booking/notices';
import { checkNewSlot } from '@server/booking/rules';
import { claimSlot, releaseSlot } from '@server/booking/slot-claim';
import { slotLabel } from '@server/booking/slots';
import { detailFor } from '@server/case/detail';
import { screenCaseText } from '@server/case/held-texts';
import { applyEvent, loadCase, withEntry } from '@server/case/lifecycle';
import { updateCase } from '@server/case/store';
import type { Handler } from '@server/define-function';

const proposable = ['pending', 'proposed', 'needs_slot', 'cancelled'];

/** The mediator suggests another time; it is held for the resident until they answer. */
export const propose: Handler<typeof bookingContract.propose> = async (input, { caller, now }) => {
  const { doc, actor } = await loadCase(input.caseId, caller.user);
  const slot = await checkNewSlot(doc.mediatorId, input.startAt, now, doc._id);
  const reason = await screenCaseText(caller, 'booking.reason', '建议新时间的原因', input.reason);
  const next = await updateCase(
    input.caseId,
    async (c, tx) => {
      if (!proposable.includes(c.booking.status) || !['submitted', 'accepted'].includes(c.state)) {
        throw new AppError('CONFLICT', '这个预约现在不能建议新时间');
      }
      await releaseSlot(tx, c.mediatorId, c.booking.startAt, c._id);
      await claimSlot(tx, c.mediatorId, slot, c._id, now);
      const booking = {
        ...c.booking,
        status: 'proposed' as const,
        startAt: slot.startAt,
        endAt: slot.endAt,
        reason: reason.shown,
      };
      const text = `建议改到${slotLabel(slot.startAt)}${reason.shown ? `（${reason.shown}）` : ''}`;
      // Proposing a time means the mediator takes the case on.
      const base = c.state === 'submitted' ? applyEvent(c, 'accept', actor, now, '受理调解申请') : c;
      return withEntry({ ...base, booking }, 'propose', actor, now, text);
    },
    caller.user,
    now,
  );
  await reason.holdIn(next, now);
  await notifyChange(next, 'resident', '调解员建议了新时间，请确认', now);
  return detailFor(next, actor, now, caller.openid);
};

/** The resident agrees to the proposed time (it is then confirmed) or not (they pick another). */
export const respond: Handler<typeof bookingContract.respond> = async (input, { caller, now }) => {
  const { actor } = await loadCase(input.caseId, caller.user);
  if (actor !== 'resident') throw new AppError('FORBIDDEN', '只有申请人可以回复');
  const next = await updateCase(
    input.caseId,
    async (c, tx) => {
      if (c.booking.status !== 'proposed' || c.booking.startAt === undefined)
        throw new AppError('CONFLICT', '没有待确认的新时间');
      if (!input.accept) {
        await releaseSlot(tx, c.mediatorId, c.booking.startAt, c._id);
        const booking = { ...c.booking, status: 'needs_slot' as const, startAt: undefined, endAt: undefined };
        return withEntry(
          { ...c, booking },
          'reject_proposal',
          'resident',
          now,
          '申请人不同意建议的时间，将重新选择',
        );
      }
      const confirmed = { ...c, booking: { ...c.booking, status: 'confirmed' as const } };
      return applyEvent(
        confirmed,
        'schedule',
        'resident',
        now,
        `申请人同意新时间：${slotLabel(c.booking.startAt)}`,
      );
    },
    caller.user,
    now,
  );
  await resetReminders(next, now);
  await notifyChange(next, 'mediator', input.accept ? '居民已同意新时间' : '居民不同意新时间', now);
  return detailFor(next, actor, now, caller.openid);
};
