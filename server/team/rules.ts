import type { TeamMemberRole } from '@contracts/plain/team';
import type { TeamRules } from '@contracts/team/ledger';
import { Collections } from '../collections';
import { db, getById } from '../db';

/**
 * The county's "four at least" (四个至少) as it stands when the bureau has changed nothing: the local figure
 * every week and the legal adviser every month visit each village they serve and there screen disputes at
 * least once, answer a consultation or mediate a dispute at least once, and give at least one publicity
 * session and one lecture. Members with items still missing are reminded three days before the period ends.
 */
export const defaultTeamRules: TeamRules = {
  legal_adviser: {
    period: 'month',
    items: [
      { item: 'visited', atLeast: 1 },
      { item: 'screened', atLeast: 1 },
      { item: 'consulted_or_mediated', atLeast: 1 },
      { item: 'publicity', atLeast: 1 },
      { item: 'lecture', atLeast: 1 },
    ],
  },
  local_figure: {
    period: 'week',
    items: [
      { item: 'visited', atLeast: 1 },
      { item: 'screened', atLeast: 1 },
      { item: 'consulted_or_mediated', atLeast: 1 },
      { item: 'publicity', atLeast: 1 },
      { item: 'lecture', atLeast: 1 },
    ],
  },
  remindDaysBefore: 3,
};

/** The one stored rules document in `team_rules`: the rules are configuration the bureau edits, not code. */
const RULES_ID = 'current';

interface TeamRulesDoc extends TeamRules {
  _id: string;
  updatedAt: number;
  updatedBy: string;
}

/** The rules in force: the bureau's saved version, or the county's defaults until it saves one. */
export async function currentRules(): Promise<TeamRules> {
  const doc = await getById<TeamRulesDoc>(Collections.teamRules, RULES_ID);
  if (!doc) return defaultTeamRules;
  const { _id, updatedAt, updatedBy, ...rules } = doc;
  return rules;
}

export async function saveRules(rules: TeamRules, by: string, now: number): Promise<void> {
  await db()
    .collection(Collections.teamRules)
    .doc(RULES_ID)
    .set({ data: { ...rules, updatedAt: now, updatedBy: by } });
}

/** The period key a role's ledger counts in at an instant's period (a visit's or now's). */
export function periodKeyFor(
  rules: TeamRules,
  role: TeamMemberRole,
  period: { week: string; month: string },
): string {
  return rules[role].period === 'week' ? period.week : period.month;
}
