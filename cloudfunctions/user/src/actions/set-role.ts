import type { userContract } from '@contracts/functions/user';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { changeRole } from '@server/roles/change-role';
import { toUserSummary } from '@server/views/user-views';

/**
 * Changes a user's role, handing over the work of the old role (server/roles/change-role.ts). An admin
 * cannot remove their own admin role, so the bureau can never lock itself out.
 */
export const setRole: Handler<typeof userContract.setRole> = async (input, { caller, now }) => {
  const target = await getById<UserDoc>(Collections.users, input.userId);
  if (!target) throw new AppError('NOT_FOUND', '找不到这个用户');
  if (target._id === caller.user._id && input.role !== 'admin') {
    throw new AppError('CONFLICT', '不能取消自己的管理员身份');
  }
  return toUserSummary(await changeRole(caller.user, target, input.role, now));
};
