import { runTx, txGet } from '../case/store';
import { Collections } from '../collections';
import { startPhotoCheck, tempUrlOf } from '../consultation/media';
import { findOne } from '../db';
import type { GridEventDoc, GridPhotoCheck } from './models';

/** Starts WeChat's image check of each new photo of an event, as a chat photo's; verdicts come by push. */
export async function startGridPhotoChecks(
  openid: string,
  fileIds: readonly string[],
): Promise<GridPhotoCheck[]> {
  const checks: GridPhotoCheck[] = [];
  for (const fileId of fileIds) {
    checks.push({
      fileId,
      traceId: await startPhotoCheck(openid, await tempUrlOf(fileId, 3600)),
      verdict: 'checking',
    });
  }
  return checks;
}

/** The photos of an event nobody may see: those the image check refused. */
export function refusedPhotos(e: Pick<GridEventDoc, 'photoChecks'>): Set<string> {
  return new Set((e.photoChecks ?? []).filter((c) => c.verdict === 'refused').map((c) => c.fileId));
}

/**
 * Applies a `wxa_media_check` verdict to the event photo it judged (the push reaches the chat's function,
 * which hands over traces it does not know). Repeats and unknown traces change nothing.
 */
export async function decideGridPhoto(traceId: string, pass: boolean, now: number): Promise<boolean> {
  const found = await findOne<GridEventDoc>(Collections.gridEvents, { 'photoChecks.traceId': traceId });
  if (!found) return false;
  // Verdicts of an event's photos arrive together: each rewrites the list inside a transaction.
  return runTx(async (tx) => {
    const e = await txGet<GridEventDoc>(tx, Collections.gridEvents, found._id);
    const check = e?.photoChecks?.find((c) => c.traceId === traceId);
    if (!e || !check || check.verdict !== 'checking') return false;
    const photoChecks = (e.photoChecks ?? []).map((c) =>
      c.traceId === traceId ? { ...c, verdict: pass ? ('pass' as const) : ('refused' as const) } : c,
    );
    await tx
      .collection(Collections.gridEvents)
      .doc(e._id)
      .update({ data: { photoChecks, updatedAt: now } });
    return true;
  });
}
