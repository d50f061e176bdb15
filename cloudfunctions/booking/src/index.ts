import { bookingContract } from '@contracts/functions/booking';
import { sendDueReminders } from '@server/booking/remind-job';
import { defineFunction } from '@server/define-function';
import { withTimers } from '@server/timer';
import { availability, setAvailability } from './actions/availability';
import { cancel } from './actions/cancel';
import { confirm, decline } from './actions/confirm';
import { create } from './actions/create';
import { pending } from './actions/pending';
import { prefill } from './actions/prefill';
import { propose, respond } from './actions/propose';
import { reschedule } from './actions/reschedule';
import { slots } from './actions/slots';
import { grantSubscriptions, subscriptions } from './actions/subscriptions';

const actions = defineFunction('booking', bookingContract, {
  availability,
  setAvailability,
  slots,
  prefill,
  create,
  confirm,
  decline,
  propose,
  respond,
  reschedule,
  cancel,
  pending,
  subscriptions,
  grantSubscriptions,
});

/** Actions from the app; the hourly `remind` timer sends the day-before reminders that are due. */
export const main = withTimers(actions, { remind: sendDueReminders });
