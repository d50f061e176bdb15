import type { TCheckInInput, TCheckOutInput, TRecordActivityInput } from '@contracts/functions/visit-inputs';
import type { ScreenedTarget } from '@contracts/plain/team';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';

/**
 * The x+N team member's visits (issue 13). Check-in and sign-out carry their own client key, made when the
 * stamp is taken and kept with it in the offline queue (services/visit-outbox.ts), so however often a
 * stamp is sent it is one check-in.
 */
export const visitApi = {
  current: () => callCloud('visit', 'current', {}),
  mine: (month?: string) => callCloud('visit', 'mine', month ? { month } : {}),
  checkIn: (input: TCheckInInput) => callCloud('visit', 'checkIn', input),
  checkOut: (input: TCheckOutInput) => callCloud('visit', 'checkOut', input),
  recordActivity: (input: Omit<TRecordActivityInput, 'clientKey'>) =>
    withIntentKey('visit.recordActivity', input, (clientKey) =>
      callCloud('visit', 'recordActivity', { ...input, clientKey }),
    ),
  screenedToCase: (recordId: string, to: ScreenedTarget) =>
    withIntentKey('visit.screenedToCase', { recordId, to }, (clientKey) =>
      callCloud('visit', 'screenedToCase', { recordId, to, clientKey }),
    ),
};
