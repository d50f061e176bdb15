import type { Availability } from '@contracts/booking';
import type { TCreateBookingInput } from '@contracts/functions/booking-inputs';
import type { DisputeType } from '@contracts/models';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';
import { requestSubscriptions } from './subscribe';

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
};

/**
 * Asks for the booking notifications whose credit has run out, then tells the server what was granted.
 * Call it first thing in a tap handler (WeChat allows the dialog only from a tap); it never throws.
 */
export async function askBookingNotices(): Promise<void> {
  try {
    const { needed } = await callCloud('booking', 'subscriptions', {});
    if (needed.length === 0) return;
    const granted = await requestSubscriptions(needed);
    if (granted.length) await callCloud('booking', 'grantSubscriptions', { accepted: granted });
  } catch {
    // Notifications are a convenience: the booking goes ahead without them.
  }
}
