import type { teamContract } from '@contracts/functions/team';
import type { Handler } from '@server/define-function';
import { neededPurposes, recordGrants } from '@server/subscriptions';

/** Records that the member allowed one "still missing" reminder in WeChat's dialog, asked at a tap. */
export const subscribeReminder: Handler<typeof teamContract.subscribeReminder> = async (
  input,
  { caller, now },
) => {
  if (input.accepted) await recordGrants(caller.openid, ['teamLedgerReminder'], now);
  return { subscribed: (await neededPurposes(caller.openid, ['teamLedgerReminder'])).length === 0 };
};
