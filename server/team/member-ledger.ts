import { periodOf } from '@contracts/plain/team';
import { periodLabel } from '@contracts/team/ledger';
import type { MemberLedger } from '@contracts/team/ledger-views';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { getById } from '../db';
import type { MemberInView } from './access';
import { isMonthClosed } from './frozen';
import { emptyTally, periodWhere, tallyActivity, tallyKey, villageLedger } from './ledger';
import { toTeamMember } from './member-view';
import { weekBounds, weeksOfMonth } from './period-bounds';
import { currentRules } from './rules';

const DAY_MS = 86_400_000;

/** The bureau's comment on one member's month. */
export interface MemberReviewDoc {
  /** `${month}|${memberId}`. */
  _id: string;
  month: string;
  memberId: string;
  comment: string;
  by: string;
  at: number;
}

export const memberReviewId = (month: string, memberId: string) => `${month}|${memberId}`;

/** The month a period is reviewed in: itself, or for a week the month of its Thursday (weeksOfMonth). */
export function monthOfPeriod(period: string): string {
  return period.includes('-W') ? periodOf(weekBounds(period).from + 3 * DAY_MS).month : period;
}

/**
 * A member's "four at least" for one period (theirs by role: a week or a month; the current one unless
 * asked), village by village, from the visits and records of that period.
 */
export async function memberLedger(
  view: MemberInView,
  period: string | undefined,
  now: number,
): Promise<MemberLedger> {
  const { member, villages } = view;
  const rules = await currentRules();
  const grain = rules[member.role].period;
  const key = period ?? periodOf(now)[grain];
  if (key.includes('-W') !== (grain === 'week')) {
    const words = grain === 'week' ? '按周' : '按月';
    throw new AppError('BAD_REQUEST', `这位成员的台账${words}计算`, { period: `请选择${words}的时段` });
  }
  const tallies = await tallyActivity({ memberId: member.userId, ...periodWhere(grain, [key]) }, grain);
  const month = monthOfPeriod(key);
  const closed = await Promise.all(villages.map((v) => isMonthClosed(v._id, month)));
  const comment = await commentOn(month, member.userId);
  return {
    member: toTeamMember(member, villages),
    period: key,
    periodLabel: periodLabel(key),
    villages: villages.map((v) =>
      villageLedger(
        rules,
        member.role,
        { id: v._id, name: v.name },
        key,
        tallies.get(tallyKey(member.userId, v._id, key)) ?? emptyTally(),
        now,
      ),
    ),
    closed: closed.length > 0 && closed.every(Boolean),
    ...(comment ? { comment } : {}),
  };
}

/** Every period of a month a member's role counts in (the month, or its weeks), village by village. */
export async function memberMonthLedgers(view: MemberInView, month: string, now: number) {
  const { member, villages } = view;
  const rules = await currentRules();
  const grain = rules[member.role].period;
  const periods = grain === 'month' ? [month] : weeksOfMonth(month);
  const tallies = await tallyActivity({ memberId: member.userId, ...periodWhere(grain, periods) }, grain);
  return villages.flatMap((v) =>
    periods.map((p) =>
      villageLedger(
        rules,
        member.role,
        { id: v._id, name: v.name },
        p,
        tallies.get(tallyKey(member.userId, v._id, p)) ?? emptyTally(),
        now,
      ),
    ),
  );
}

/** The bureau's comment on a member's month, if it gave one. */
export async function commentOn(month: string, memberId: string): Promise<string | undefined> {
  return (await getById<MemberReviewDoc>(Collections.teamMemberReviews, memberReviewId(month, memberId)))
    ?.comment;
}
