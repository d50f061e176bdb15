import { AppError } from '../app-error';
import { inScope, scopeOf } from '../areas/scope';
import { type AreaDoc, getArea } from '../areas/store';
import { Collections } from '../collections';
import { findOne } from '../db';
import type { UserDoc } from '../models';
import type { TeamMemberDoc } from './models';

/** A member as an action sees them: the membership and the villages it names that still exist. */
export interface MemberInView {
  member: TeamMemberDoc;
  villages: AreaDoc[];
}

export function membershipOf(userId: string): Promise<TeamMemberDoc | null> {
  return findOne<TeamMemberDoc>(Collections.teamMembers, { userId });
}

async function villagesOf(member: TeamMemberDoc): Promise<AreaDoc[]> {
  const nodes = await Promise.all(member.villageIds.map((id) => getArea(id)));
  return nodes.filter((n): n is AreaDoc => n !== null);
}

/**
 * The member whose ledger or work log the caller asks for. A member sees only their own (another's id reads
 * as not found); an admin sees members who serve at least one village in the admin's scope, and of those
 * only the villages inside it. Anyone else never reaches here (the contract's audience).
 */
export async function memberFor(caller: UserDoc, memberId: string | undefined): Promise<MemberInView> {
  if (caller.role !== 'admin') {
    if (memberId && memberId !== caller._id) throw new AppError('NOT_FOUND', '找不到这位团队成员');
    const own = await membershipOf(caller._id);
    if (!own) throw new AppError('NOT_FOUND', '您还没有被任命到村（社区）法律服务团队，请联系司法所');
    return { member: own, villages: await villagesOf(own) };
  }
  if (!memberId) throw new AppError('BAD_REQUEST', '请选择团队成员', { memberId: '请选择团队成员' });
  const member = await membershipOf(memberId);
  if (!member) throw new AppError('NOT_FOUND', '找不到这位团队成员');
  const scope = await scopeOf(caller);
  const villages = (await villagesOf(member)).filter((v) => inScope(scope, v.ref));
  if (villages.length === 0) throw new AppError('NOT_FOUND', '找不到这位团队成员');
  return { member, villages };
}
