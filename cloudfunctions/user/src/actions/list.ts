import type { userContract } from '@contracts/functions/user';
import { ZUserSummary } from '@contracts/models';
import { Collections } from '@server/collections';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { toUserSummary } from '@server/views/user-views';
import { viewEach } from '@server/views/view-each';

export const list: Handler<typeof userContract.list> = async (input) => {
  const users = await findMany<UserDoc>(Collections.users, input.role ? { role: input.role } : {}, {
    orderBy: [['createdAt', 'desc']],
    limit: input.limit,
  });
  return { items: viewEach('user.list', users, ZUserSummary, toUserSummary) };
};
