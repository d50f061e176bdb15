import type { teamContract } from '@contracts/functions/team';
import type { ReviewItem } from '@contracts/team/ledger-views';
import { AppError } from '@server/app-error';
import { inScope, scopeOf } from '@server/areas/scope';
import { getArea } from '@server/areas/store';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { tempUrlsOf } from '@server/files';
import { membershipOf } from '@server/team/access';
import { areaVillages } from '@server/team/area-villages';
import { dateTimeOf } from '@server/team/clock';
import { findEvery } from '@server/team/find-every';
import type { Stamp, TeamMemberDoc, VisitDoc } from '@server/team/models';

/** Photos are opened for a review, not kept: their address lasts ten minutes. */
const PHOTO_URL_MAX_AGE_S = 600;

/**
 * Check-ins and sign-outs of the month that need review, newest first, with their reasons in words. The
 * place and the photo are not in the list: opening one (viewCheckIn) is what the audit log records.
 */
export const reviewQueue: Handler<typeof teamContract.reviewQueue> = async (input, { caller }) => {
  const area = await areaVillages(caller.user, input.areaId);
  const visits = await findEvery<VisitDoc>(Collections.visits, {
    ...area.where,
    'period.month': input.month,
  });
  const names = new Map(area.villages.map((v) => [v._id, v.name]));
  const members = new Map<string, TeamMemberDoc | null>();
  const items: ReviewItem[] = [];
  for (const v of visits) {
    for (const stamp of ['checkIn', 'checkOut'] as const) {
      const s = v[stamp];
      if (s?.risk.level !== 'review') continue;
      if (!members.has(v.memberId)) members.set(v.memberId, await membershipOf(v.memberId));
      items.push({
        visitId: v._id,
        memberName: members.get(v.memberId)?.name ?? '已移出团队的成员',
        role: v.memberRole,
        villageName: names.get(v.villageId) ?? '',
        stamp,
        at: s.at,
        reasons: s.risk.reasons.map((r) => r.text),
        late: s.late,
      });
    }
  }
  return { items: items.sort((a, b) => b.at - a.at) };
};

/** Opens a visit's stamps for review: the exact point and the live photo, recorded in the audit log. */
export const viewCheckIn: Handler<typeof teamContract.viewCheckIn> = async (input, { caller, now }) => {
  const visit = await getById<VisitDoc>(Collections.visits, input.visitId);
  if (!visit || !inScope(await scopeOf(caller.user), visit.area))
    throw new AppError('NOT_FOUND', '找不到这次走访');
  const [member, village] = await Promise.all([membershipOf(visit.memberId), getArea(visit.villageId)]);
  const photos = [visit.checkIn.photoFileId, visit.checkOut?.photoFileId].filter((id): id is string => !!id);
  const urls = await tempUrlsOf(photos, PHOTO_URL_MAX_AGE_S);
  const opened = (s: Stamp) => ({
    at: s.at,
    clientAt: s.clientAt,
    point: s.point,
    accuracy: s.accuracy,
    ...(s.photoFileId && urls.has(s.photoFileId) ? { photoUrl: urls.get(s.photoFileId) } : {}),
    reasons: s.risk.reasons.map((r) => r.text),
  });
  const memberName = member?.name ?? '已移出团队的成员';
  const villageName = village?.name ?? '';
  await recordAudit(
    caller.user,
    {
      action: 'team.viewCheckIn',
      target: `${memberName}在${villageName}的签到（${dateTimeOf(visit.checkIn.at)}）`,
      targetId: visit._id,
    },
    now,
  );
  return {
    visitId: visit._id,
    memberName,
    villageName,
    checkIn: opened(visit.checkIn),
    ...(visit.checkOut ? { checkOut: opened(visit.checkOut) } : {}),
  };
};
