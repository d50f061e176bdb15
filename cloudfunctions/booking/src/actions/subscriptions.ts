import type { bookingContract } from '@contracts/functions/booking';
import type { Handler } from '@server/define-function';
import { neededPurposes, recordGrants } from '@server/subscriptions';

const bookingPurposes = ['bookingUpdate', 'bookingReminder'] as const;

/** Which booking messages the user should be asked to allow again (their credit is used up). */
export const subscriptions: Handler<typeof bookingContract.subscriptions> = async (_input, { caller }) => ({
  needed: await neededPurposes(caller.openid, bookingPurposes),
});

export const grantSubscriptions: Handler<typeof bookingContract.grantSubscriptions> = async (
  input,
  { caller, now },
) => {
  await recordGrants(caller.openid, input.accepted, now);
  return { needed: await neededPurposes(caller.openid, bookingPurposes) };
};
