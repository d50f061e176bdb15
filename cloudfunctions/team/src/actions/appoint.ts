import type { teamContract } from '@contracts/functions/team';
import { roleLabels } from '@contracts/models';
import { AppError } from '@server/app-error';
import { inScope, nodeInScope, scopeOf } from '@server/areas/scope';
import { type AreaDoc, getArea } from '@server/areas/store';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { getById, insert, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { changeRole } from '@server/roles/change-role';
import { membershipOf } from '@server/team/access';
import { toTeamMember } from '@server/team/member-view';
import type { TeamMemberDoc } from '@server/team/models';

/**
 * Appoints a user as legal adviser or local figure of the villages named, all inside the admin's scope. The
 * role changes through the one role path (server/roles/change-role.ts, which hands over the old role's
 * work); villages the member serves outside this admin's scope (another town's) are kept, so a town's
 * judicial office reassigns only its own villages.
 */
export const appoint: Handler<typeof teamContract.appoint> = async (input, { caller, now }) => {
  const target = await getById<UserDoc>(Collections.users, input.userId);
  if (!target) throw new AppError('NOT_FOUND', '找不到这个用户');
  if (target._id === caller.user._id) throw new AppError('CONFLICT', '不能取消自己的管理员身份');
  const chosen: AreaDoc[] = [];
  for (const id of new Set(input.villageIds)) {
    const node = await nodeInScope(caller.user, id);
    if (node.level !== 'village') {
      throw new AppError('BAD_REQUEST', `${node.name}不是村（社区），请选择村（社区）`, {
        villageIds: '请选择村（社区）',
      });
    }
    chosen.push(node);
  }
  const existing = await membershipOf(target._id);
  const scope = await scopeOf(caller.user);
  const keptElsewhere: AreaDoc[] = [];
  for (const id of existing?.villageIds ?? []) {
    const node = await getArea(id);
    if (node && !inScope(scope, node.ref) && !input.villageIds.includes(id)) keptElsewhere.push(node);
  }
  const villages = [...chosen, ...keptElsewhere];
  const user = await changeRole(caller.user, target, input.role, now);
  const fields = {
    role: input.role,
    name: user.nickname,
    villageIds: villages.map((v) => v._id),
    active: true,
    updatedAt: now,
  };
  let member: TeamMemberDoc;
  if (existing) {
    await updateById(Collections.teamMembers, existing._id, fields);
    member = { ...existing, ...fields };
  } else {
    const doc = { userId: target._id, createdAt: now, ...fields };
    // The unique index on userId: of two concurrent first appointments one inserts, the other updates.
    const id = await insert(Collections.teamMembers, doc).catch(async (error: unknown) => {
      const raced = await membershipOf(target._id);
      if (!raced) throw error;
      await updateById(Collections.teamMembers, raced._id, fields);
      return raced._id;
    });
    member = { _id: id, ...doc };
  }
  await recordAudit(
    caller.user,
    {
      action: 'team.appoint',
      target: `${user.nickname}（${roleLabels[input.role]}）`,
      targetId: target._id,
      after: { role: input.role, villages: chosen.map((v) => v.name).join('、') },
    },
    now,
  );
  return toTeamMember(member, villages);
};
