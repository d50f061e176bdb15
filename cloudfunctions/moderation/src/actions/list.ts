import type { moderationContract } from '@contracts/functions/moderation';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import type { HeldItemDoc } from '@server/moderation/models';
import { toHeldItem } from '@server/moderation/views';

/** Held texts by status, newest first; who decided comes in one more query for the page. */
export const list: Handler<typeof moderationContract.list> = async (input) => {
  const _ = command();
  const where: Record<string, unknown> = { status: input.status };
  if (input.before !== undefined) where.createdAt = _.lt(input.before);
  const docs = await findMany<HeldItemDoc>(Collections.heldItems, where, {
    orderBy: [['createdAt', 'desc']],
    limit: input.limit + 1,
  });
  const page = docs.slice(0, input.limit);
  const ids = [...new Set(page.map((d) => d.decidedBy).filter((id): id is string => Boolean(id)))];
  const deciders = ids.length
    ? await findMany<UserDoc>(Collections.users, { _id: _.in(ids) }, { limit: ids.length })
    : [];
  const names = new Map(deciders.map((u) => [u._id, u.nickname]));
  return {
    items: page.map((d) => toHeldItem(d, d.decidedBy ? names.get(d.decidedBy) : undefined)),
    hasMore: docs.length > input.limit,
  };
};
