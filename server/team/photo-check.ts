import { Collections } from '../collections';
import { startPhotoCheck, tempUrlOf } from '../consultation/media';
import { db, findOne } from '../db';
import type { Stamp, VisitDoc, VisitRecordDoc } from './models';

/** Starts the live photo's content check, as a chat photo's: the verdict arrives by WeChat's push. */
export async function startStampPhotoCheck(
  openid: string,
  fileId: string,
): Promise<Pick<Stamp, 'photoCheck' | 'photoTraceId'>> {
  const traceId = await startPhotoCheck(openid, await tempUrlOf(fileId, 3600));
  return { photoCheck: 'checking', photoTraceId: traceId };
}

const refusedReason = { code: 'photo_refused' as const, text: '现场照片未通过安全检查，已隐藏' };

/** Starts the checks of an activity record's photos, one trace each. */
export async function startRecordPhotoChecks(
  openid: string,
  fileIds: readonly string[],
): Promise<NonNullable<VisitRecordDoc['photoChecks']>> {
  const checks: NonNullable<VisitRecordDoc['photoChecks']> = [];
  for (const fileId of fileIds) {
    checks.push({
      fileId,
      traceId: await startPhotoCheck(openid, await tempUrlOf(fileId, 3600)),
      status: 'checking',
    });
  }
  return checks;
}

/**
 * Applies a verdict to the activity record photo it judged; false when no record photo has this trace. The
 * trace sits inside an array, which the local cloud cannot index (devcloud/db/query-planner.ts), so this
 * query is unindexed there; CloudBase indexes array fields.
 */
async function decideRecordPhoto(traceId: string, pass: boolean): Promise<boolean> {
  const record = await findOne<VisitRecordDoc>(Collections.visitRecords, { 'photoChecks.traceId': traceId });
  const checks = record?.photoChecks;
  if (!record || !checks?.some((c) => c.traceId === traceId && c.status === 'checking')) return false;
  const decided = checks.map((c) =>
    c.traceId === traceId ? { ...c, status: pass ? ('pass' as const) : ('refused' as const) } : c,
  );
  await db()
    .collection(Collections.visitRecords)
    .doc(record._id)
    .update({ data: { photoChecks: db().command.set(decided) } });
  return true;
}

/**
 * Applies a `wxa_media_check` verdict to the visit stamp or activity record whose photo it judged (the push
 * reaches the chat's function, which hands over traces it does not know). A refused live photo is hidden and
 * becomes a reason to review; a refused activity photo is hidden. Repeats and unknown traces change nothing.
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
  return decideRecordPhoto(traceId, pass);
}
