import type { TeamGuest } from '@contracts/team/ledger-views';

/** One of the "N" of a village's team: a person named on a single visit or case, with no account. */
export interface TeamGuestDoc {
  _id: string;
  villageId: string;
  name: string;
  duty: string;
  target: { kind: 'visit' | 'case'; id: string };
  addedBy: string;
  addedAt: number;
}

export function toTeamGuest(g: TeamGuestDoc): TeamGuest {
  return { id: g._id, name: g.name, duty: g.duty, target: g.target, addedAt: g.addedAt };
}
