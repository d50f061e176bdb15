import { bookingRules, type Slot } from '@contracts/booking';
import { AppError } from '../app-error';
import type { CaseDoc } from '../case/models';
import { loadAvailability, takenSlots } from './availability';
import { slotTaken } from './slot-claim';
import { findFreeSlot } from './slots';

/**
 * The slot a new time asks for, checked against the mediator's hours and days off and the slots already
 * held by other cases. This check is advisory (it gives a clear answer early); the claim inside the
 * transaction is what makes double booking impossible.
 */
export async function checkNewSlot(
  mediatorId: string,
  startAt: number,
  now: number,
  ownCaseId?: string,
): Promise<Slot> {
  const av = await loadAvailability(mediatorId);
  const slot = findFreeSlot(av, await takenSlots(mediatorId, now, ownCaseId), now, startAt);
  if (slot) return slot;
  if (findFreeSlot(av, [], now, startAt)) throw slotTaken();
  throw new AppError('CONFLICT', '这个时间不能预约，请重新选择', { startAt: '不在可预约时间内' });
}

/** A resident may cancel a confirmed appointment only with enough notice; staff may always. */
export async function assertCancelNotice(c: CaseDoc, now: number): Promise<void> {
  const startAt = c.booking.startAt;
  if (c.booking.status !== 'confirmed' || startAt === undefined) return;
  const { cancelNoticeHours } = await loadAvailability(c.mediatorId);
  if (startAt - now < cancelNoticeHours * 3_600_000) {
    throw new AppError('CONFLICT', `离调解不到${cancelNoticeHours}小时，不能在网上取消，请打电话联系调解员`);
  }
}

export function assertCanReschedule(c: CaseDoc): void {
  if (c.booking.status === 'confirmed' && c.booking.rescheduleCount >= bookingRules.maxReschedules) {
    throw new AppError(
      'CONFLICT',
      `已经改过${bookingRules.maxReschedules}次时间，不能再改了；如需变更请联系调解员`,
    );
  }
  if (!['pending', 'proposed', 'needs_slot', 'confirmed'].includes(c.booking.status)) {
    throw new AppError('CONFLICT', '这个预约现在不能改时间');
  }
}
