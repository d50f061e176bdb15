import type { ParsedInputOf } from '@contracts/contract';
import type { visitContract } from '@contracts/functions/visit';
import { periodOf } from '@contracts/team/models';
import { AppError } from '@server/app-error';
import type { AreaDoc } from '@server/areas/store';
import { Collections } from '@server/collections';
import { findOne, getById, insert } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';
import type { UserDoc } from '@server/models';
import { assertMonthOpen } from '@server/team/frozen';
import { assignedVillage, ownMembership } from '@server/team/membership';
import type { TeamMemberDoc, VisitDoc } from '@server/team/models';
import { startStampPhotoCheck } from '@server/team/photo-check';
import { previousStampOf } from '@server/team/previous';
import { takenAtOf } from '@server/team/risk/clock';
import { measureStamp } from '@server/team/stamp';
import { assertStampTimes } from '@server/team/stamp-times';
import { visitView } from '@server/team/views';
import { idFromKey } from '@server/team/visit-id';

/**
 * A member checks in at a village they serve, for themselves only (the caller is the member; the input
 * names no one). Everything is measured and judged here; a doubtful check-in is kept with its reasons.
 * The client key makes it happen once: an offline check-in sent twice is one visit.
 */
export const checkIn: Handler<typeof visitContract.checkIn> = async (input, { caller, now, deadline }) => {
  const member = await ownMembership(caller.user);
  const village = await assignedVillage(member, input.villageId);
  assertStampTimes(input);
  await checkOwnUploads(caller.user._id, 'visit', [{ fileID: input.photoFileId, field: 'photoFileId' }]);
  const intent = { action: 'visit.checkIn', openid: caller.openid, key: input.clientKey, input };
  return once(intent, { now, deadline }, async () => {
    const id = idFromKey('v', caller.user._id, input.clientKey);
    const again = await getById<VisitDoc>(Collections.visits, id);
    const doc = again ?? (await openVisit(id, input, caller.user, member, village, now));
    return visitView(doc, member.name);
  });
};

async function openVisit(
  id: string,
  input: ParsedInputOf<typeof visitContract.checkIn>,
  user: UserDoc,
  member: TeamMemberDoc,
  village: AreaDoc,
  now: number,
): Promise<VisitDoc> {
  const open = await findOne<VisitDoc>(Collections.visits, { memberId: user._id, status: 'open' });
  if (open) throw new AppError('CONFLICT', '您还有一次走访没有签退，请先签退再签到');
  const previous = await previousStampOf(user._id, takenAtOf({ ...input, at: now }));
  const stamp = {
    ...measureStamp(input, village, previous, now),
    ...(await startStampPhotoCheck(user.openid, input.photoFileId)),
  };
  const doc: VisitDoc = {
    _id: id,
    memberId: user._id,
    memberRole: member.role,
    villageId: village._id,
    area: village.ref,
    status: 'open',
    checkIn: stamp,
    period: periodOf(stamp.takenAt),
    createdAt: now,
    updatedAt: now,
  };
  await assertMonthOpen(village._id, doc.period.month);
  await insert(Collections.visits, doc);
  return doc;
}
