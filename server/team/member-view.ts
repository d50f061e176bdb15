import type { TeamMember } from '@contracts/team/ledger-views';
import type { AreaDoc } from '../areas/store';
import type { TeamMemberDoc } from './models';

/** A membership as lists show it: the member's user id and the villages named. */
export function toTeamMember(member: TeamMemberDoc, villages: AreaDoc[]): TeamMember {
  const byId = new Map(villages.map((v) => [v._id, v.name]));
  return {
    id: member.userId,
    name: member.name,
    role: member.role,
    villages: member.villageIds.flatMap((id) => {
      const name = byId.get(id);
      return name ? [{ id, name }] : [];
    }),
    active: member.active,
  };
}
