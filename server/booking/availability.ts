import { type Availability, bookingRules, type Slot } from '@contracts/booking';
import { AppError } from '../app-error';
import type { SlotClaimDoc } from '../case/models';
import { Collections } from '../collections';
import { command, findMany, findOne, getById } from '../db';
import type { MediatorDoc, UserDoc } from '../models';
import type { AvailabilityDoc } from './models';

/** Until a mediator sets their own, office hours on weekdays, one hour per mediation. */
export const defaultAvailability: Availability = {
  weekly: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '14:00', end: '17:00' },
  ]),
  slotMinutes: 60,
  exceptions: [],
  cancelNoticeHours: bookingRules.defaultCancelNoticeHours,
};

export async function loadAvailability(mediatorId: string): Promise<Availability> {
  const doc = await getById<AvailabilityDoc>(Collections.availability, mediatorId);
  if (!doc) return defaultAvailability;
  const { weekly, slotMinutes, exceptions, cancelNoticeHours } = doc;
  return { weekly, slotMinutes, exceptions, cancelNoticeHours };
}

/** Slots already held for a mediator from a day before `from` on (a long slot may reach into the window). */
export async function takenSlots(mediatorId: string, from: number, exceptCaseId?: string): Promise<Slot[]> {
  const claims = await findMany<SlotClaimDoc>(
    Collections.bookingSlots,
    { mediatorId, startAt: command().gte(from - 86_400_000) },
    { orderBy: [['startAt', 'asc']], limit: 1000 },
  );
  return claims.filter((c) => c.caseId !== exceptCaseId).map((c) => ({ startAt: c.startAt, endAt: c.endAt }));
}

/**
 * The mediator a staff caller acts for: a mediator always for themselves, an admin for the one named.
 * Mediators cannot name someone else.
 */
export async function mediatorFor(user: UserDoc, mediatorId?: string): Promise<MediatorDoc> {
  if (user.role === 'mediator') {
    const own = await findOne<MediatorDoc>(Collections.mediators, { openid: user.openid });
    if (!own) throw new AppError('NOT_FOUND', '找不到您的调解员档案');
    if (mediatorId && mediatorId !== own._id) throw new AppError('FORBIDDEN', '只能设置自己的时间');
    return own;
  }
  if (!mediatorId) throw new AppError('BAD_REQUEST', '请选择调解员', { mediatorId: '请选择调解员' });
  const m = await getById<MediatorDoc>(Collections.mediators, mediatorId);
  if (!m) throw new AppError('NOT_FOUND', '找不到这位调解员');
  return m;
}
