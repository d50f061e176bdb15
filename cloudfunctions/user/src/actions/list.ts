import type { userContract } from '@contracts/functions/user';
import { ZUserSummary } from '@contracts/models';
import { listScopeWhere } from '@server/areas/list-scope';
import { type AreaDoc, rootArea } from '@server/areas/store';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { toUserSummary } from '@server/views/user-views';
import { viewEach } from '@server/views/view-each';

/** The people in the admin's scope (a town's office sees its town's residents and staff), newest first. */
export const list: Handler<typeof userContract.list> = async (input, { caller }) => {
  const where = await listScopeWhere(caller.user, input.areaId);
  const users = await findMany<UserDoc>(
    Collections.users,
    { ...where, ...(input.role ? { role: input.role } : {}) },
    { orderBy: [['createdAt', 'desc']], limit: input.limit },
  );
  const names = await scopeNames(users);
  return {
    items: viewEach('user.list', users, ZUserSummary, (u) => {
      const scopeName = u.role === 'resident' ? undefined : names.get(u.scopeAreaId ?? '');
      return { ...toUserSummary(u), ...(scopeName ? { scopeName } : {}) };
    }),
  };
};

/** Scope names by node id ('' the county), read together for a page of users. */
async function scopeNames(users: UserDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(users.map((u) => u.scopeAreaId).filter((id): id is string => Boolean(id)))];
  const _ = command();
  const [nodes, root] = await Promise.all([
    ids.length ? findMany<AreaDoc>(Collections.areas, { _id: _.in(ids) }, { limit: 1000 }) : [],
    rootArea(),
  ]);
  const names = new Map(nodes.map((n) => [n._id, n.fullName]));
  if (root) names.set('', root.fullName);
  return names;
}
