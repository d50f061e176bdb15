import type { Availability } from '@contracts/booking';
import type { TCreateBookingInput } from '@contracts/functions/booking-inputs';
import type { DisputeType } from '@contracts/models';
import type { SubscribePurpose } from '@contracts/templates';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';

/** Appointments: free slots, booking, and every change to a booking. */
export const bookingApi = {
  slots: (input: { mediatorId?: string; disputeType?: DisputeType; village?: string }) =>
    callCloud('booking', 'slots', input),
  prefill: (consultationId: string) => callCloud('booking', 'prefill', { consultationId }),
  create: (input: Omit<TCreateBookingInput, 'clientKey'>) =>
    withIntentKey('booking.create', input, (clientKey) =>
      callCloud('booking', 'create', { ...input, clientKey }),
    ),
  confirm: (caseId: string) => callCloud('booking', 'confirm', { caseId }),
  decline: (caseId: string, reason: string) => callCloud('booking', 'decline', { caseId, reason }),
  propose: (caseId: string, startAt: number) => callCloud('booking', 'propose', { caseId, startAt }),
  respond: (caseId: string, accept: boolean) => callCloud('booking', 'respond', { caseId, accept }),
  reschedule: (caseId: string, startAt: number, reason?: string) =>
    callCloud('booking', 'reschedule', { caseId, startAt, reason }),
  cancel: (caseId: string, reason: string) => callCloud('booking', 'cancel', { caseId, reason }),
  pending: () => callCloud('booking', 'pending', {}),
  /** `mediatorId` only for admins setting someone's hours; a mediator always gets their own. */
  availability: (mediatorId?: string) =>
    callCloud('booking', 'availability', mediatorId ? { mediatorId } : {}),
  setAvailability: (av: Availability, mediatorId?: string) =>
    callCloud('booking', 'setAvailability', mediatorId ? { ...av, mediatorId } : av),
  /** Booking notifications whose credit ran out; see `useBookingNotices`. */
  subscriptions: () => callCloud('booking', 'subscriptions', {}),
  grantSubscriptions: (accepted: SubscribePurpose[]) =>
    callCloud('booking', 'grantSubscriptions', { accepted }),
};
