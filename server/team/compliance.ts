import { periodLabel } from '@contracts/team/ledger';
import type { Compliance, ComplianceRow } from '@contracts/team/ledger-views';
import { Collections } from '../collections';
import { command } from '../db';
import type { UserDoc } from '../models';
import { areaVillages } from './area-villages';
import { findEvery } from './find-every';
import type { TeamReviewDoc } from './frozen';
import { emptyTally, periodWhere, tallyActivity, tallyKey, villageLedger } from './ledger';
import type { MemberReviewDoc } from './member-ledger';
import type { TeamMemberDoc } from './models';
import { weeksOfMonth } from './period-bounds';
import { currentRules } from './rules';

/**
 * The bureau's month: every active member in every village of the area, the periods of the month their
 * role counts in (the month, or its weeks), what each period is missing, and the check-ins that need
 * review. Four queries over the area's visits and records, however many members: the rows are folded here.
 * Periods that have not begun are left out, so the current month is not shown as behind on weeks to come.
 */
export async function computeCompliance(
  admin: UserDoc,
  month: string,
  areaId: string | undefined,
  now: number,
): Promise<Compliance> {
  const area = await areaVillages(admin, areaId);
  const villageIds = area.villages.map((v) => v._id);
  const weeks = weeksOfMonth(month);
  const _ = command();
  const [rules, members, byMonth, byWeek, closed] = await Promise.all([
    currentRules(),
    villageIds.length
      ? findEvery<TeamMemberDoc>(Collections.teamMembers, { villageIds: _.in(villageIds), active: true })
      : Promise.resolve([]),
    tallyActivity({ ...area.where, 'period.month': month }, 'month'),
    tallyActivity({ ...area.where, ...periodWhere('week', weeks) }, 'week'),
    findEvery<TeamReviewDoc>(Collections.teamReviews, { ...area.where, month }),
  ]);
  const comments = members.length
    ? await findEvery<MemberReviewDoc>(Collections.teamMemberReviews, {
        month,
        memberId: _.in(members.map((m) => m.userId)),
      })
    : [];
  const commentOf = new Map(comments.map((c) => [c.memberId, c.comment]));
  const inArea = new Map(area.villages.map((v) => [v._id, v]));
  const rows: ComplianceRow[] = [];
  for (const m of members) {
    const grain = rules[m.role].period;
    const periods = grain === 'month' ? [month] : weeks;
    const tallies = grain === 'month' ? byMonth : byWeek;
    for (const villageId of m.villageIds) {
      const v = inArea.get(villageId);
      if (!v) continue;
      const ledgers = periods
        .map((p) =>
          villageLedger(
            rules,
            m.role,
            { id: v._id, name: v.name },
            p,
            tallies.get(tallyKey(m.userId, v._id, p)) ?? emptyTally(),
            now,
          ),
        )
        .filter((l) => l.from <= now);
      const behind = ledgers.flatMap((l) =>
        grain === 'week' ? l.missing.map((item) => `${periodLabel(l.period).slice(5)}：${item}`) : l.missing,
      );
      rows.push({
        memberId: m.userId,
        memberName: m.name,
        role: m.role,
        villageId: v._id,
        villageName: v.name,
        townName: (v.ref.townId && area.townNames.get(v.ref.townId)) || '',
        periods: ledgers.map((l) => ({
          period: l.period,
          periodLabel: l.periodLabel,
          met: l.met,
          missing: l.missing,
          daysLeft: l.daysLeft,
        })),
        met: ledgers.every((l) => l.met),
        behind,
        needReview: byMonth.get(tallyKey(m.userId, v._id, month))?.needReview ?? 0,
        ...(commentOf.has(m.userId) ? { comment: commentOf.get(m.userId) } : {}),
      });
    }
  }
  rows.sort(
    (a, b) =>
      a.townName.localeCompare(b.townName, 'zh') ||
      a.villageName.localeCompare(b.villageName, 'zh') ||
      a.memberName.localeCompare(b.memberName, 'zh'),
  );
  return {
    month,
    areaId: area.node._id,
    areaName: area.node.fullName,
    rows,
    closedVillageIds: closed.map((c) => c.villageId),
  };
}
