import { AppError } from '../app-error';
import { type AreaDoc, getArea } from '../areas/store';
import { Collections } from '../collections';
import { findOne } from '../db';
import type { UserDoc } from '../models';
import type { TeamMemberDoc } from './models';

/** The caller's own active team membership; without one nobody checks in anywhere. */
export async function ownMembership(user: UserDoc): Promise<TeamMemberDoc> {
  const m = await findOne<TeamMemberDoc>(Collections.teamMembers, { userId: user._id, active: true });
  if (!m) throw new AppError('FORBIDDEN', '您还不是驻村法律服务团队成员，请联系司法所');
  return m;
}

/**
 * A village the member is assigned to. Any other village (a neighbour's, a made-up id) is refused before
 * anything is measured or stored: a member checks in only where they serve.
 */
export async function assignedVillage(member: TeamMemberDoc, villageId: string): Promise<AreaDoc> {
  if (!member.villageIds.includes(villageId)) {
    throw new AppError('FORBIDDEN', '您没有被分派到这个村，不能在这里签到');
  }
  const village = await getArea(villageId);
  if (village?.level !== 'village') throw new AppError('NOT_FOUND', '找不到这个村');
  return village;
}
