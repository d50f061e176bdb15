import { cloud } from '../cloud';
import { Collections } from '../collections';
import { command, db, findMany } from '../db';
import { monthKey } from '../stats/months';
import { visitConfig } from './config';
import type { Stamp, VisitDoc } from './models';

const DAY_MS = 86_400_000;

/** About a kilometre: enough to say which village, not where in it the member stood. */
const coarse = (x: number) => Math.round(x * 100) / 100;

function coarsened(s: Stamp): Stamp {
  const { photoFileId: _photo, photoTraceId: _trace, ...rest } = s;
  return { ...rest, point: { lng: coarse(s.point.lng), lat: coarse(s.point.lat) } };
}

/**
 * Location retention (PIPL: the shortest time the purpose needs). A visit's precise points and live photos
 * serve the bureau's monthly review; once the month is reviewed (its end plus `reviewDays`) and
 * `keepAfterReviewDays` more have passed, the photos are deleted and the points coarsened to about a
 * kilometre. The visit itself (village, times, verdict) stays for the ledger. Batches of 100 per run.
 */
export async function purgeVisitLocations(now: number, config = visitConfig): Promise<number> {
  const before = monthKey(now - (config.reviewDays + config.keepAfterReviewDays) * DAY_MS);
  const _ = command();
  const due = await findMany<VisitDoc>(
    Collections.visits,
    { 'period.month': _.lt(before), locationPurgedAt: _.exists(false) },
    { limit: 100 },
  );
  for (const v of due) {
    const files = [v.checkIn.photoFileId, v.checkOut?.photoFileId].filter((f): f is string => !!f);
    if (files.length > 0) await cloud.deleteFile({ fileList: files });
    await db()
      .collection(Collections.visits)
      .doc(v._id)
      .update({
        data: {
          checkIn: _.set(coarsened(v.checkIn)),
          ...(v.checkOut ? { checkOut: _.set(coarsened(v.checkOut)) } : {}),
          locationPurgedAt: now,
          updatedAt: now,
        },
      });
  }
  return due.length;
}
