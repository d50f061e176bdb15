import { Collections } from '../collections';
import { startPhotoCheck, tempUrlOf } from '../consultation/media';
import { db, findOne } from '../db';
import type { Stamp, VisitDoc } from './models';

/** Starts the live photo's content check, as a chat photo's: the verdict arrives by WeChat's push. */
export async function startStampPhotoCheck(
  openid: string,
  fileId: string,
): Promise<Pick<Stamp, 'photoCheck' | 'photoTraceId'>> {
  const traceId = await startPhotoCheck(openid, await tempUrlOf(fileId, 3600));
  return { photoCheck: 'checking', photoTraceId: traceId };
}

const refusedReason = { code: 'photo_refused' as const, text: '现场照片未通过安全检查，已隐藏' };

/**
 * Applies a `wxa_media_check` verdict to the visit stamp whose photo it judged (the push reaches the chat's
 * function, which hands over traces it does not know). A refused photo is hidden and becomes a reason to
 * review. Repeats and unknown traces change nothing.
 */
export async function decideStampPhoto(traceId: string, pass: boolean, now: number): Promise<boolean> {
  for (const which of ['checkIn', 'checkOut'] as const) {
    const visit = await findOne<VisitDoc>(Collections.visits, {
      [`${which}.photoTraceId`]: traceId,
      [`${which}.photoCheck`]: 'checking',
    });
    const stamp = visit?.[which];
    if (!visit || !stamp) continue;
    const risk = pass
      ? stamp.risk
      : { level: 'review' as const, reasons: [...stamp.risk.reasons, refusedReason] };
    const res = (await db()
      .collection(Collections.visits)
      .where({ _id: visit._id, [`${which}.photoCheck`]: 'checking' })
      .update({
        data: { [`${which}.photoCheck`]: pass ? 'pass' : 'refused', [`${which}.risk`]: risk, updatedAt: now },
      })) as unknown as { stats: { updated: number } };
    return res.stats.updated === 1;
  }
  return false;
}
