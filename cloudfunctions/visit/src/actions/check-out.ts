import type { visitContract } from '@contracts/functions/visit';
import { AppError } from '@server/app-error';
import { getArea } from '@server/areas/store';
import { Collections } from '@server/collections';
import { db, getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';
import { ownMembership } from '@server/team/membership';
import type { VisitDoc } from '@server/team/models';
import { startStampPhotoCheck } from '@server/team/photo-check';
import { measureStamp } from '@server/team/stamp';
import { assertStampTimes } from '@server/team/stamp-times';
import { visitView } from '@server/team/views';

/**
 * The member signs out of their own visit, with the same checks as the check-in (the speed counts from
 * it). A visit the day-end timer closed still takes a sign-out sent late from the phone: the member did
 * sign out, offline. Anyone else's visit reads as missing.
 */
export const checkOut: Handler<typeof visitContract.checkOut> = async (input, { caller, now, deadline }) => {
  const member = await ownMembership(caller.user);
  const visit = await getById<VisitDoc>(Collections.visits, input.visitId);
  if (!visit || visit.memberId !== caller.user._id) throw new AppError('NOT_FOUND', '找不到这次走访');
  assertStampTimes(input);
  await checkOwnUploads(caller.user._id, 'visit', [{ fileID: input.photoFileId, field: 'photoFileId' }]);
  const intent = { action: 'visit.checkOut', openid: caller.openid, key: input.clientKey, input };
  return once(intent, { now, deadline }, async () => {
    const current = (await getById<VisitDoc>(Collections.visits, visit._id)) ?? visit;
    if (current.checkOut) throw new AppError('CONFLICT', '这次走访已经签退了');
    const village = await getArea(current.villageId);
    if (!village) throw new AppError('NOT_FOUND', '找不到这个村');
    const previous = {
      point: current.checkIn.point,
      takenAt: current.checkIn.takenAt,
      villageName: village.name,
    };
    const checkOut = {
      ...measureStamp(input, village, previous, now),
      ...(await startStampPhotoCheck(caller.openid, input.photoFileId)),
    };
    if (checkOut.takenAt < current.checkIn.takenAt) {
      throw new AppError('BAD_REQUEST', '签退时间早于签到时间，请检查手机时间', { clientAt: '签退时间有误' });
    }
    const res = (await db()
      .collection(Collections.visits)
      .where({
        _id: current._id,
        status: current.status,
        closedBy: current.closedBy ?? db().command.exists(false),
      })
      .update({
        data: { status: 'closed', checkOut, closedBy: 'member', closedAt: checkOut.takenAt, updatedAt: now },
      })) as unknown as { stats: { updated: number } };
    if (res.stats.updated !== 1) throw new AppError('CONFLICT', '这次走访刚刚有了变化，请刷新后再试');
    return visitView(
      { ...current, status: 'closed', checkOut, closedBy: 'member', closedAt: checkOut.takenAt },
      member.name,
    );
  });
};
