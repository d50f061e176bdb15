import type { legalAidContract } from '@contracts/functions/legal-aid';
import type { TimelineEntry } from '@contracts/legal-aid/status';
import { AppError } from '@server/app-error';
import { applicationSubject, recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { command, db } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnPhotos, stamp } from '@server/legal-aid/attachments';
import { screenNote } from '@server/legal-aid/held-notes';
import { loadOwnApplication } from '@server/legal-aid/store';
import { toMyApplication } from '@server/legal-aid/views';

/** Adds the photos an officer asked for; the application goes back to the reviewer's queue. */
export const addMaterial: Handler<typeof legalAidContract.addMaterial> = async (input, { caller, now }) => {
  const doc = await loadOwnApplication(caller.user, input.id);
  if (doc.status !== 'need_material') throw new AppError('CONFLICT', '这份申请现在不需要补充材料');
  await checkOwnPhotos(input.attachments, caller.user._id, 'attachments');
  const added = stamp(input.attachments, now);
  const note = await screenNote(caller.openid, '补充说明', input.note || undefined);
  const entry: TimelineEntry = { at: now, kind: 'material_added', ...(note.note ? { note: note.note } : {}) };
  const _ = command();
  // Conditional on the status, so a decision made meanwhile is not silently reopened.
  const res = (await db()
    .collection(Collections.legalAidApplications)
    .where({ _id: doc._id, status: 'need_material' })
    .update({
      data: { status: 'submitted', updatedAt: now, attachments: _.push(added), timeline: _.push([entry]) },
    })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) throw new AppError('CONFLICT', '申请状态已变化，请刷新后再试');
  await note.holdIn(doc, caller.user, now);
  await recordAudit(
    caller.user,
    {
      action: 'legalaid.addMaterial',
      target: applicationSubject(doc),
      targetId: doc._id,
      before: { status: doc.status },
      after: { status: 'submitted', added: added.length },
    },
    now,
  );
  return toMyApplication({
    ...doc,
    status: 'submitted',
    updatedAt: now,
    attachments: [...(doc.attachments ?? []), ...added],
    timeline: [...doc.timeline, entry],
  });
};
