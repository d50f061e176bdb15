import type { userContract } from '@contracts/functions/user';
import type { Role } from '@contracts/models';
import { Collections } from '@server/collections';
import { insert } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { toMe } from '@server/views/user-views';

/** In production the first admins come from the function's configuration: comma-separated OPENIDs. */
function configuredRole(openid: string): Role {
  const admins = (process.env.PMR_ADMIN_OPENIDS ?? '').split(',').map((s) => s.trim());
  return admins.includes(openid) ? 'admin' : 'resident';
}

export const login: Handler<typeof userContract.login> = async (_input, { caller, now }) => {
  if (caller.user) return toMe(caller.user);
  const user: Omit<UserDoc, '_id'> = {
    openid: caller.openid,
    role: configuredRole(caller.openid),
    nickname: '新用户',
    createdAt: now,
    updatedAt: now,
  };
  try {
    const id = await insert(Collections.users, user);
    return toMe({ _id: id, ...user });
  } catch (error) {
    // Two first logins at once: the unique index on openid lets one insert win; answer with that user.
    const { findUserByOpenid } = await import('@server/caller');
    const existing = await findUserByOpenid(caller.openid);
    if (existing) return toMe(existing);
    throw error;
  }
};
