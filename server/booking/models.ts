import type { Availability } from '@contracts/booking';
import type { SubscribePurpose } from '@contracts/templates';

/** A mediator's availability, stored under the mediator's id. */
export interface AvailabilityDoc extends Availability {
  _id: string;
  updatedAt: number;
  updatedBy: string;
}

/** A reminder waiting for the timer: cancelled when its slot changes, so it never announces an old time. */
export interface ReminderDoc {
  _id: string;
  caseId: string;
  touser: string;
  purpose: SubscribePurpose;
  startAt: number;
  sendAt: number;
  status: 'scheduled' | 'sending' | 'sent' | 'no_credit' | 'failed' | 'cancelled' | 'expired';
  page: string;
  data: Record<string, string>;
  createdAt: number;
}
