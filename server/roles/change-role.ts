import { type Role, roleLabels } from '@contracts/models';
import { AppError } from '../app-error';
import { scopeOf } from '../areas/scope';
import { userAreaOf } from '../areas/user-area';
import { recordAudit } from '../audit';
import { Collections } from '../collections';
import { command, db, findOne, getById, insert } from '../db';
import { releaseReviews } from '../legal-aid/review';
import { putOnDuty, takeOffDuty } from '../mediator-admin/duty';
import type { MediatorDoc, UserDoc } from '../models';

/**
 * The one way a user's role changes (user.setRole, team.appoint). Becoming a mediator creates (or
 * reactivates) their mediator profile, so they appear in the roster; leaving the role takes them off duty
 * exactly as deactivation does, so their open consultations go to colleagues or the queue; an officer who
 * leaves gives up the applications they were reviewing. The write is conditional on the role the admin saw:
 * of concurrent identical changes one does the work and writes the audit entry, the others answer the same
 * result. Whom a town's office makes staff works in its town unless already placed, and the user's `area`
 * (where staff lists find them, server/areas/user-area.ts) follows. Answers the user as they now are.
 */
export async function changeRole(actor: UserDoc, target: UserDoc, role: Role, now: number): Promise<UserDoc> {
  if (target.role === role) return target;
  const scope = await scopeOf(actor);
  const scopeAreaId =
    target.scopeAreaId ?? (scope.kind === 'node' && role !== 'resident' ? scope.node._id : undefined);
  const area = await userAreaOf({ ...target, role, ...(scopeAreaId ? { scopeAreaId } : {}) });
  const placed = {
    ...(scopeAreaId ? { scopeAreaId } : {}),
    // Replaced whole: an update merges objects path by path.
    ...(area ? { area: command().set(area) } : {}),
  };
  const res = (await db()
    .collection(Collections.users)
    .where({ _id: target._id, role: target.role })
    .update({ data: { role, ...placed, updatedAt: now } })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) {
    const fresh = await getById<UserDoc>(Collections.users, target._id);
    if (fresh?.role === role) return fresh;
    throw new AppError('CONFLICT', '这位用户的身份刚刚被修改过，请刷新后再试');
  }
  await handOver(target, role, now);
  await recordAudit(
    actor,
    {
      action: 'user.setRole',
      target: `${target.nickname}（${roleLabels[target.role]}）`,
      targetId: target._id,
      before: { role: target.role },
      after: { role },
    },
    now,
  );
  return {
    ...target,
    role,
    ...(scopeAreaId ? { scopeAreaId } : {}),
    ...(area ? { area } : {}),
    updatedAt: now,
  };
}

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
