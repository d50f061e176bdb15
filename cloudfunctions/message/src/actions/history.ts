import { ZMessage } from '@contracts/consultation';
import type { messageContract } from '@contracts/functions/message';
import { Collections } from '@server/collections';
import { loadOwn } from '@server/consultation/access';
import type { MessageDoc } from '@server/consultation/models';
import { toMessage } from '@server/consultation/views';
import { withOwnHeldText } from '@server/consultation/writer-view';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import { viewEach } from '@server/views/view-each';

/**
 * One page of the chat, newest page first and oldest-to-newest within it. Only messages the caller may see:
 * their own in any state, the other side's once passed. Admins read only passed ones.
 */
export const history: Handler<typeof messageContract.history> = async (input, { caller }) => {
  const { consultation } = await loadOwn(input.consultationId, caller.user);
  const _ = command();
  const where: Record<string, unknown> = { consultationId: consultation._id };
  if (input.before !== undefined) where.createdAt = _.lt(input.before);
  // Read one more than asked to know whether an older page exists; filter by reader in memory (a page is
  // small, and an admin reads what neither side field names).
  const rows = await findMany<MessageDoc>(Collections.messages, where, {
    orderBy: [['createdAt', 'desc']],
    limit: input.limit + 1,
  });
  const hasMore = rows.length > input.limit;
  const visible = rows
    .slice(0, input.limit)
    .filter(
      (m) =>
        m.residentOpenid === caller.openid ||
        m.mediatorOpenid === caller.openid ||
        (caller.user.role === 'admin' && m.status === 'sent'),
    );
  const items = viewEach(
    'message.history',
    await withOwnHeldText(visible.reverse(), caller.openid),
    ZMessage,
    toMessage,
  );
  return { items, hasMore };
};
