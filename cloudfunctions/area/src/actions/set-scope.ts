import type { areaContract } from '@contracts/functions/area';
import { roleLabels } from '@contracts/models';
import { AppError } from '@server/app-error';
import { nodeInScope } from '@server/areas/scope';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { getById, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { toUserSummary } from '@server/views/user-views';

/**
 * Sets where a staff member works. An admin can only give a scope inside their own, so a town's judicial
 * office can place its own staff but never widen anyone to the county; residents have no scope.
 */
export const setScope: Handler<typeof areaContract.setScope> = async (input, { caller, now }) => {
  const target = await getById<UserDoc>(Collections.users, input.userId);
  if (!target) throw new AppError('NOT_FOUND', '找不到这个用户');
  if (target.role === 'resident') throw new AppError('BAD_REQUEST', '居民没有工作范围，请先设置身份');
  const node = await nodeInScope(caller.user, input.areaId);
  if (target.scopeAreaId && target.scopeAreaId !== node._id)
    await nodeInScope(caller.user, target.scopeAreaId);
  await updateById(Collections.users, target._id, { scopeAreaId: node._id, updatedAt: now });
  await recordAudit(
    caller.user,
    {
      action: 'area.setScope',
      target: `${target.nickname}（${roleLabels[target.role]}）`,
      targetId: target._id,
      after: { scope: node.fullName },
    },
    now,
  );
  return { ...toUserSummary(target), scopeAreaId: node._id, scopeName: node.fullName };
};
