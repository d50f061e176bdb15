import type { visitContract } from '@contracts/functions/visit';
import { getArea } from '@server/areas/store';
import { Collections } from '@server/collections';
import { findMany, findOne } from '@server/db';
import type { Handler } from '@server/define-function';
import { ownMembership } from '@server/team/membership';
import type { VisitDoc, VisitRecordDoc } from '@server/team/models';
import { recordViews, visitView } from '@server/team/views';

/**
 * What the check-in page opens with: the member's open visit (or none) with its records, the villages
 * they may check in at, and the server's clock (the page shows a wrong phone clock before it matters).
 */
export const current: Handler<typeof visitContract.current> = async (_input, { caller, now }) => {
  const member = await ownMembership(caller.user);
  const villages = [];
  for (const id of member.villageIds) {
    const v = await getArea(id);
    if (v) villages.push({ id: v._id, name: v.name, fullName: v.fullName });
  }
  const open = await findOne<VisitDoc>(Collections.visits, { memberId: caller.user._id, status: 'open' });
  const records = open
    ? await findMany<VisitRecordDoc>(
        Collections.visitRecords,
        { visitId: open._id },
        { orderBy: [['at', 'asc']] },
      )
    : [];
  return {
    visit: open ? await visitView(open, member.name) : null,
    records: await recordViews(records),
    villages,
    serverNow: now,
  };
};
