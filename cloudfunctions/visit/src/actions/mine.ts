import type { visitContract } from '@contracts/functions/visit';
import { periodOf } from '@contracts/team/models';
import { Collections } from '@server/collections';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import { ownMembership } from '@server/team/membership';
import type { VisitDoc, VisitRecordDoc } from '@server/team/models';
import { recordViews, visitViews } from '@server/team/views';

/** The member's own visits and records of one Beijing month, newest first. */
export const mine: Handler<typeof visitContract.mine> = async (input, { caller, now }) => {
  const member = await ownMembership(caller.user);
  const month = input.month ?? periodOf(now).month;
  const where = { memberId: caller.user._id, 'period.month': month };
  const [visits, records] = await Promise.all([
    findMany<VisitDoc>(Collections.visits, where, { orderBy: [['checkIn.at', 'desc']], limit: 200 }),
    findMany<VisitRecordDoc>(Collections.visitRecords, where, { orderBy: [['at', 'desc']], limit: 500 }),
  ]);
  return { month, visits: await visitViews(visits, member.name), records: await recordViews(records) };
};
