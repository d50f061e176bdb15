import type { noticeContract } from '@contracts/functions/notice';
import type { Handler } from '@server/define-function';
import { neededPurposes, recordGrants } from '@server/subscriptions';

/**
 * Records that the user allowed one new-notice reminder in WeChat's dialog (the client asks at a tap and
 * reports the answer). Each allow is one message; the page offers to ask again once it is used.
 */
export const subscribe: Handler<typeof noticeContract.subscribe> = async (input, { caller, now }) => {
  if (input.accepted) await recordGrants(caller.openid, ['noticePublished'], now);
  return { subscribed: (await neededPurposes(caller.openid, ['noticePublished'])).length === 0 };
};
