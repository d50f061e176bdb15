import type { userContract } from '@contracts/functions/user';
import { roleLabels } from '@contracts/models';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { findOne, getById, insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc, UserDoc } from '@server/models';
import { toUserSummary } from '@server/views/user-views';

/**
 * Changes a user's role. Becoming a mediator creates (or reactivates) their mediator profile, so they
 * appear in the roster; leaving the role deactivates it. An admin cannot remove their own admin role,
 * so the bureau can never lock itself out.
 */
export const setRole: Handler<typeof userContract.setRole> = async (input, { caller, now }) => {
  const target = await getById<UserDoc>(Collections.users, input.userId);
  if (!target) throw new AppError('NOT_FOUND', '找不到这个用户');
  if (target._id === caller.user._id && input.role !== 'admin') {
    throw new AppError('CONFLICT', '不能取消自己的管理员身份');
  }
  if (target.role !== input.role) {
    await updateById(Collections.users, target._id, { role: input.role, updatedAt: now });
    await syncMediatorProfile(target, input.role === 'mediator', now);
    await recordAudit(
      caller.user,
      {
        action: 'user.setRole',
        target: `${target.nickname}（${roleLabels[target.role]}）`,
        targetId: target._id,
        before: { role: target.role },
        after: { role: input.role },
      },
      now,
    );
  }
  return toUserSummary({ ...target, role: input.role });
};

async function syncMediatorProfile(user: UserDoc, active: boolean, now: number): Promise<void> {
  const profile = await findOne<MediatorDoc>(Collections.mediators, { userId: user._id });
  if (profile) {
    await updateById(Collections.mediators, profile._id, { active, ...(active ? {} : { online: false }) });
    return;
  }
  if (!active) return;
  const doc: Omit<MediatorDoc, '_id'> = {
    userId: user._id,
    openid: user.openid,
    name: user.nickname,
    specialties: [],
    areas: user.village ? [user.village] : [],
    online: false,
    capacity: 5,
    active: true,
    createdAt: now,
  };
  await insert(Collections.mediators, doc);
}
