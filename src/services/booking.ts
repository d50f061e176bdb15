import type { Availability } from '@contracts/booking';
import type { TCreateBookingInput } from '@contracts/functions/booking-inputs';
import type { DisputeType } from '@contracts/models';
import { type SubscribePurpose, subscribeTemplates } from '@contracts/templates';
import Taro from '@tarojs/taro';
import { callCloud } from './cloud';
import { localSession } from './local-session';

/** Appointments: free slots, booking, and every change to a booking. */
export const bookingApi = {
  slots: (input: { mediatorId?: string; disputeType?: DisputeType; village?: string }) =>
    callCloud('booking', 'slots', input),
  prefill: (consultationId: string) => callCloud('booking', 'prefill', { consultationId }),
  create: (input: TCreateBookingInput) => callCloud('booking', 'create', input),
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
    const granted = await requestGranted(needed);
    if (granted.length) await callCloud('booking', 'grantSubscriptions', { accepted: granted });
  } catch {
    // Notifications are a convenience: the booking goes ahead without them.
  }
}

/** Shows WeChat's subscribe dialog (the local cloud's stand-in in h5) and answers the purposes allowed. */
async function requestGranted(purposes: SubscribePurpose[]): Promise<SubscribePurpose[]> {
  const ids = purposes.map((p) => subscribeTemplates[p]);
  let answer: Record<string, string> = {};
  if (process.env.TARO_ENV === 'weapp') {
    answer = (await Taro.requestSubscribeMessage({
      tmplIds: ids,
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
  } else {
    const me = localSession.enabled ? await localSession.current() : null;
    if (!me) return [];
    const res = await fetch('/local/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: me.openid, tmplIds: ids }),
    });
    answer = (await res.json()) as Record<string, string>;
  }
  return purposes.filter((p) => answer[subscribeTemplates[p]] === 'accept');
}
