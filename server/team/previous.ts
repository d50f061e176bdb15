import { getArea } from '../areas/store';
import { Collections } from '../collections';
import { findMany } from '../db';
import type { Stamp, VisitDoc } from './models';
import type { PreviousStamp } from './risk/speed';

/**
 * The member's last stamp taken before `takenAt` (a check-in or a sign-out of any of their visits), for the
 * speed check. The latest few visits by check-in suffice: a member's visits follow one another.
 */
export async function previousStampOf(memberId: string, takenAt: number): Promise<PreviousStamp | null> {
  const visits = await findMany<VisitDoc>(
    Collections.visits,
    { memberId },
    { orderBy: [['checkIn.at', 'desc']], limit: 5 },
  );
  let last: { stamp: Stamp; villageId: string } | null = null;
  for (const v of visits) {
    for (const stamp of [v.checkIn, v.checkOut]) {
      if (!stamp || stamp.takenAt > takenAt) continue;
      if (!last || stamp.takenAt > last.stamp.takenAt) last = { stamp, villageId: v.villageId };
    }
  }
  if (!last) return null;
  const village = await getArea(last.villageId);
  return { point: last.stamp.point, takenAt: last.stamp.takenAt, villageName: village?.name ?? '另一个村' };
}
