import type { ParsedInputOf } from '@contracts/contract';
import type { visitContract } from '@contracts/functions/visit';
import { visitRecordKindLabels } from '@contracts/team/models';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { TextScene } from '@server/content-security';
import { getById, insert } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';
import { screenTexts } from '@server/moderation/screen';
import { assertMonthOpen } from '@server/team/frozen';
import type { VisitDoc, VisitRecordDoc } from '@server/team/models';
import { startRecordPhotoChecks } from '@server/team/photo-check';
import { recordViews } from '@server/team/views';
import { idFromKey } from '@server/team/visit-id';

/** A record may be added to a visit until a week after its check-in (writing up after the day is normal). */
const RECORD_WINDOW_MS = 7 * 86_400_000;

/**
 * The member writes down what they did on their own visit. It counts in the visit's week and month, so a
 * lecture written up the next morning still counts where it happened. Texts the bureau reads pass content
 * security (a risky one is refused with the words named); photos must be the member's own uploads.
 */
export const recordActivity: Handler<typeof visitContract.recordActivity> = async (
  input,
  { caller, now, deadline },
) => {
  const visit = await getById<VisitDoc>(Collections.visits, input.visitId);
  if (!visit || visit.memberId !== caller.user._id) throw new AppError('NOT_FOUND', '找不到这次走访');
  if (now - visit.checkIn.takenAt > RECORD_WINDOW_MS) {
    throw new AppError('CONFLICT', '这次走访已超过7天，不能再补记');
  }
  const refs = input.photoFileIds.map((fileID, i) => ({ fileID, field: `photoFileIds.${i}` }));
  await checkOwnUploads(caller.user._id, 'visit', refs);
  const intent = { action: 'visit.recordActivity', openid: caller.openid, key: input.clientKey, input };
  return once(intent, { now, deadline }, async () => {
    const id = idFromKey('r', caller.user._id, input.clientKey);
    const again = await getById<VisitRecordDoc>(Collections.visitRecords, id);
    const doc = again ?? (await writeRecord(id, input, visit, caller.openid, now));
    const [view] = await recordViews([doc]);
    return view;
  });
};

async function writeRecord(
  id: string,
  input: ParsedInputOf<typeof visitContract.recordActivity>,
  visit: VisitDoc,
  openid: string,
  now: number,
): Promise<VisitRecordDoc> {
  await screenTexts(openid, TextScene.social, [
    { key: 'topic', label: `${visitRecordKindLabels[input.kind]}主题`, text: input.topic },
    { key: 'note', label: '备注', text: input.note },
    { key: 'dispute.description', label: '纠纷经过', text: input.dispute?.description },
  ]);
  const doc: VisitRecordDoc = {
    _id: id,
    visitId: visit._id,
    memberId: visit.memberId,
    villageId: visit.villageId,
    area: visit.area,
    kind: input.kind,
    at: now,
    topic: input.topic,
    ...(input.attendance !== undefined ? { attendance: input.attendance } : {}),
    ...(input.note ? { note: input.note } : {}),
    photoFileIds: input.photoFileIds,
    ...(input.photoFileIds.length > 0
      ? { photoChecks: await startRecordPhotoChecks(openid, input.photoFileIds) }
      : {}),
    ...(input.dispute ? { dispute: input.dispute } : {}),
    source: 'visit',
    period: visit.period,
    createdAt: now,
  };
  await assertMonthOpen(visit.villageId, visit.period.month);
  await insert(Collections.visitRecords, doc);
  return doc;
}
