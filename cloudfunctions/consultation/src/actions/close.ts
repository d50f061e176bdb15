import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { consultationSubject, recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { loadMediator, loadOwn } from '@server/consultation/access';
import { releaseSlot } from '@server/consultation/assign';
import { touchConsultation } from '@server/consultation/feed';
import type { ConsultationDoc } from '@server/consultation/models';
import { fillFromQueue } from '@server/consultation/queue';
import { toConsultation } from '@server/consultation/views';
import { db, type TransactionLike } from '@server/db';
import type { Handler } from '@server/define-function';

/**
 * Closes a consultation with its outcome. The status flips in a transaction so a double tap cannot free
 * the mediator's slot twice; the freed slot goes straight to the oldest waiting consultation.
 */
export const close: Handler<typeof consultationContract.close> = async (input, { caller, now }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user);
  if (side !== 'mediator') throw new AppError('FORBIDDEN', '只有调解员可以结束咨询');
  if (consultation.status === 'waiting') throw new AppError('CONFLICT', '这次咨询还没有调解员接待');
  const closed = (await db().runTransaction(async (tx: TransactionLike) => {
    const ref = tx.collection(Collections.consultations).doc(consultation._id);
    const c = ((await ref.get()) as { data: ConsultationDoc }).data;
    if (c.status !== 'open') return null;
    const patch = { status: 'closed', outcome: input.outcome, closedAt: now, updatedAt: now };
    await ref.update({ data: patch });
    return { ...c, ...patch } as ConsultationDoc;
  })) as ConsultationDoc | null;
  if (!closed) throw new AppError('CONFLICT', '这次咨询已经结束了');
  await touchConsultation(closed, now);
  await releaseSlot(closed.mediatorId);
  await fillFromQueue(closed.mediatorId, now);
  await recordAudit(
    caller.user,
    {
      action: 'consultation.close',
      target: consultationSubject(closed),
      targetId: closed._id,
      after: { outcome: input.outcome },
    },
    now,
  );
  return toConsultation(closed, 'mediator', await loadMediator(closed.mediatorId));
};
