import type { teamContract } from '@contracts/functions/team';
import { AppError } from '@server/app-error';
import { inScope, nodeInScope, scopeOf } from '@server/areas/scope';
import { type AreaDoc, getArea } from '@server/areas/store';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { findMany, getById, insert } from '@server/db';
import type { Handler } from '@server/define-function';
import type { UserDoc } from '@server/models';
import { screenTexts } from '@server/moderation/screen';
import { membershipOf } from '@server/team/access';
import { assertMonthOpen } from '@server/team/frozen';
import { type TeamGuestDoc, toTeamGuest } from '@server/team/guests';
import { toTeamMember } from '@server/team/member-view';
import type { TeamMemberDoc, VisitDoc } from '@server/team/models';

/** A village the caller may see the team of: an admin's in scope, a member's own. */
async function villageFor(caller: UserDoc, villageId: string): Promise<AreaDoc> {
  if (caller.role === 'admin') return nodeInScope(caller, villageId);
  const own = await membershipOf(caller._id);
  const node = own?.villageIds.includes(villageId) ? await getArea(villageId) : null;
  if (!node) throw new AppError('NOT_FOUND', '找不到这个村（社区）的团队');
  return node;
}

/** A village's team: the standing members (x) and the people named on its visits and cases (N). */
export const team: Handler<typeof teamContract.team> = async (input, { caller }) => {
  const village = await villageFor(caller.user, input.villageId);
  const [members, guests] = await Promise.all([
    findMany<TeamMemberDoc>(
      Collections.teamMembers,
      { villageIds: village._id, active: true },
      { limit: 100 },
    ),
    findMany<TeamGuestDoc>(
      Collections.teamGuests,
      { villageId: village._id },
      { orderBy: [['addedAt', 'desc']], limit: 100 },
    ),
  ]);
  return {
    village: { id: village._id, name: village.name },
    members: members.map((m) => toTeamMember(m, [village])),
    guests: guests.map(toTeamGuest),
  };
};

/** The village a guest joins through: the visit's (its member, or an admin over it) or a case's (an admin, naming the village). */
async function guestVillage(
  caller: UserDoc,
  input: { target: { kind: string; id: string }; villageId?: string },
) {
  if (input.target.kind === 'visit') {
    const visit = await getById<VisitDoc>(Collections.visits, input.target.id);
    const mayAdd =
      visit &&
      (visit.memberId === caller._id ||
        (caller.role === 'admin' && inScope(await scopeOf(caller), visit.area)));
    if (!visit || !mayAdd) throw new AppError('NOT_FOUND', '找不到这次走访');
    await assertMonthOpen(visit.villageId, visit.period.month);
    return visit.villageId;
  }
  if (caller.role !== 'admin') throw new AppError('NOT_FOUND', '找不到这件案件');
  if (!(await getById(Collections.cases, input.target.id))) throw new AppError('NOT_FOUND', '找不到这件案件');
  if (!input.villageId)
    throw new AppError('BAD_REQUEST', '请选择案件所在的村（社区）', { villageId: '请选择村（社区）' });
  return (await nodeInScope(caller, input.villageId))._id;
}

/** Adds one of the "N" by name (a village mediator, a resident representative, a department's staff). */
export const addGuest: Handler<typeof teamContract.addGuest> = async (input, { caller, now }) => {
  const villageId = await guestVillage(caller.user, input);
  await screenTexts(caller.openid, TextScene.profile, [
    { key: 'name', label: '姓名', text: input.name },
    { key: 'duty', label: '身份', text: input.duty },
  ]);
  const doc: Omit<TeamGuestDoc, '_id'> = {
    villageId,
    name: input.name,
    duty: input.duty,
    target: input.target,
    addedBy: caller.user._id,
    addedAt: now,
  };
  return toTeamGuest({ _id: await insert(Collections.teamGuests, doc), ...doc });
};
