import { AppError } from '../app-error';
import { loadAvailability, takenSlots } from './availability';
import { computeSlots } from './slots';

/**
 * The mediator's earliest free slot in the booking horizon: what a booking made with one tap (a dispute a
 * team member screened) asks for. The mediator confirms it or proposes another time, as with any booking.
 */
export async function earliestFreeSlot(mediatorId: string, now: number): Promise<number> {
  const days = computeSlots(await loadAvailability(mediatorId), await takenSlots(mediatorId, now), now);
  const first = days[0]?.slots[0];
  if (!first) throw new AppError('CONFLICT', '调解员近期没有空闲时间，请稍后再转');
  return first.startAt;
}
