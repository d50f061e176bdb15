import type { userContract } from '@contracts/functions/user';
import { type Role, roleLabels } from '@contracts/models';
import { AppError } from '@server/app-error';
import { inScope, scopeOf } from '@server/areas/scope';
import { userAreaOf } from '@server/areas/user-area';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { command, db, findOne, getById, insert } from '@server/db';
import type { Handler } from '@server/define-function';
import { releaseReviews } from '@server/legal-aid/review';
import { putOnDuty, takeOffDuty } from '@server/mediator-admin/duty';
import type { MediatorDoc, UserDoc } from '@server/models';
import { toUserSummary } from '@server/views/user-views';

/**
 * Changes a user's role. Becoming a mediator creates (or reactivates) their mediator profile, so they
 * appear in the roster; leaving the role takes them off duty exactly as deactivation does, so their open
 * consultations go to colleagues or the queue; an officer who leaves gives up the applications they were
 * reviewing. An admin cannot remove their own admin role, so the bureau can never lock itself out.
 * The write is conditional on the role the admin saw: of concurrent identical changes one does the work and
 * writes the audit entry, the others answer the same result. A town's office changes only people of its
 * town, and whom it makes staff works in its town unless already placed.
 */
export const setRole: Handler<typeof userContract.setRole> = async (input, { caller, now }) => {
  const target = await getById<UserDoc>(Collections.users, input.userId);
  const scope = await scopeOf(caller.user);
  if (!target || !inScope(scope, target.area)) throw new AppError('NOT_FOUND', '找不到这个用户');
  if (target._id === caller.user._id && input.role !== 'admin') {
    throw new AppError('CONFLICT', '不能取消自己的管理员身份');
  }
  if (target.role === input.role) return toUserSummary(target);
  const scopeAreaId =
    target.scopeAreaId ?? (scope.kind === 'node' && input.role !== 'resident' ? scope.node._id : undefined);
  const placed = { ...target, role: input.role, ...(scopeAreaId ? { scopeAreaId } : {}) };
  const area = await userAreaOf(placed);
  const data = {
    role: input.role,
    ...(scopeAreaId ? { scopeAreaId } : {}),
    ...(area ? { area: command().set(area) } : {}),
  };
  const res = (await db()
    .collection(Collections.users)
    .where({ _id: target._id, role: target.role })
    .update({ data: { ...data, updatedAt: now } })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) {
    const fresh = await getById<UserDoc>(Collections.users, target._id);
    if (fresh?.role === input.role) return toUserSummary(fresh);
    throw new AppError('CONFLICT', '这位用户的身份刚刚被修改过，请刷新后再试');
  }
  await handOver(target, input.role, now);
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
  return toUserSummary({ ...target, role: input.role });
};

/** What a role change does to the work that goes with the role. */
async function handOver(user: UserDoc, next: Role, now: number): Promise<void> {
  if (user.role === 'legal_aid_officer') await releaseReviews(user._id);
  const profile = await findOne<MediatorDoc>(Collections.mediators, { userId: user._id });
  if (next !== 'mediator') {
    if (profile) await takeOffDuty(profile._id, now);
    return;
  }
  if (profile) {
    await putOnDuty(profile._id);
    return;
  }
  const doc: Omit<MediatorDoc, '_id'> = {
    userId: user._id,
    openid: user.openid,
    name: user.nickname,
    specialties: [],
    areas: user.village ? [user.village] : [],
    ...(user.areaId ? { areaIds: [user.areaId] } : {}),
    online: false,
    capacity: 5,
    active: true,
    createdAt: now,
  };
  // The unique index on userId keeps one profile per user, whatever races.
  await insert(Collections.mediators, doc).catch(async (error: unknown) => {
    if (!(await findOne<MediatorDoc>(Collections.mediators, { userId: user._id }))) throw error;
  });
}
