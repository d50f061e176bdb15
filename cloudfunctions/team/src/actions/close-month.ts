import type { teamContract } from '@contracts/functions/team';
import { periodLabel } from '@contracts/team/ledger';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { command, db, findMany, insert } from '@server/db';
import type { Handler } from '@server/define-function';
import { screenTexts } from '@server/moderation/screen';
import { areaVillages } from '@server/team/area-villages';
import { isMonthClosed, reviewId, type TeamReviewDoc } from '@server/team/frozen';
import { memberReviewId } from '@server/team/member-ledger';
import type { TeamMemberDoc } from '@server/team/models';
import { monthBounds } from '@server/team/period-bounds';

/**
 * The bureau closes its review of a month for every village of an area: from then on that month's
 * visits, records and work-log notes of those villages are frozen (server/team/frozen.ts). Each comment
 * goes to a member serving there and is checked before anything is written, so a refused comment leaves
 * the month open. Closing again answers what was already closed and writes the new comments.
 */
export const closeMonth: Handler<typeof teamContract.closeMonth> = async (input, { caller, now }) => {
  if (now < monthBounds(input.month).to) {
    throw new AppError('CONFLICT', `${periodLabel(input.month)}还没有结束，月底后才能审核封存`);
  }
  const area = await areaVillages(caller.user, input.areaId);
  const villageIds = area.villages.map((v) => v._id);
  const memberIds = [...new Set(input.comments.map((c) => c.memberId))];
  const members = memberIds.length
    ? await findMany<TeamMemberDoc>(
        Collections.teamMembers,
        { userId: command().in(memberIds) },
        { limit: memberIds.length },
      )
    : [];
  for (const id of memberIds) {
    const m = members.find((x) => x.userId === id);
    if (!m?.villageIds.some((v) => villageIds.includes(v))) {
      throw new AppError('NOT_FOUND', '评语中有不在这个区域的成员');
    }
  }
  await screenTexts(
    caller.openid,
    TextScene.comment,
    input.comments.map((c, i) => ({ key: `comments.${i}.comment`, label: '审核意见', text: c.comment })),
  );
  let closed = 0;
  for (const v of area.villages) {
    if (await isMonthClosed(v._id, input.month)) continue;
    const doc: TeamReviewDoc = {
      _id: reviewId(input.month, v._id),
      month: input.month,
      villageId: v._id,
      villageName: v.name,
      area: v.ref,
      closedAt: now,
      closedBy: caller.user._id,
    };
    // The review's id is the month and village: of two concurrent closings one inserts, the other skips.
    const inserted = await insert(Collections.teamReviews, doc).then(
      () => true,
      async (error: unknown) => {
        if (await isMonthClosed(v._id, input.month)) return false;
        throw error;
      },
    );
    if (inserted) closed += 1;
  }
  for (const c of input.comments) {
    await db()
      .collection(Collections.teamMemberReviews)
      .doc(memberReviewId(input.month, c.memberId))
      .set({
        data: { month: input.month, memberId: c.memberId, comment: c.comment, by: caller.user._id, at: now },
      });
  }
  await recordAudit(
    caller.user,
    {
      action: 'team.closeMonth',
      target: `${area.node.fullName} ${periodLabel(input.month)}“四个至少”审核`,
      targetId: area.node._id,
      after: { villages: closed, comments: input.comments.length },
    },
    now,
  );
  return { month: input.month, closed, alreadyClosed: area.villages.length - closed };
};
