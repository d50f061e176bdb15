import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { consultationSubject, recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { isOwnWork, ownConsultationMessage } from '@server/conflicts';
import { loadMediator, loadOwn } from '@server/consultation/access';
import { releaseSlot, showHistoryTo } from '@server/consultation/assign';
import { touchConsultation } from '@server/consultation/feed';
import type { ConsultationDoc, MediatorLoadDoc } from '@server/consultation/models';
import { fillFromQueue } from '@server/consultation/queue';
import { toConsultation } from '@server/consultation/views';
import { db, type TransactionLike } from '@server/db';
import type { Handler } from '@server/define-function';

/**
 * An admin moves a consultation to another mediator, over capacity if need be (the admin decides). The new
 * mediator sees the whole passed history; the previous one loses access and gets the queue's next one.
 */
export const reassign: Handler<typeof consultationContract.reassign> = async (input, { caller, now }) => {
  const { consultation } = await loadOwn(input.consultationId, caller.user);
  if (consultation.status === 'closed') throw new AppError('CONFLICT', '已结束的咨询不能改派');
  const target = (await loadMediator(input.mediatorId)) as MediatorLoadDoc | null;
  if (!target?.active) throw new AppError('NOT_FOUND', '找不到这位调解员');
  if (target._id === consultation.mediatorId) throw new AppError('CONFLICT', '已经是这位调解员在接待');
  if (isOwnWork(target, { _id: consultation.residentId, openid: consultation.residentOpenid })) {
    throw new AppError('FORBIDDEN', ownConsultationMessage);
  }
  const previous = consultation.mediatorId;
  const moved = await db().runTransaction(async (tx: TransactionLike) => {
    const cRef = tx.collection(Collections.consultations).doc(consultation._id);
    const c = ((await cRef.get()) as { data: ConsultationDoc }).data;
    // Only from the state this admin saw: a concurrent close or reassignment wins.
    if (c.status === 'closed' || c.mediatorId !== previous) return false;
    const mRef = tx.collection(Collections.mediators).doc(target._id);
    const m = ((await mRef.get()) as { data: MediatorLoadDoc }).data;
    await mRef.update({ data: { openCount: (m.openCount ?? 0) + 1 } });
    await cRef.update({
      data: {
        status: 'open',
        mediatorId: target._id,
        mediatorOpenid: target.openid,
        requestedMediatorId: target._id,
        assignedAt: now,
        updatedAt: now,
      },
    });
    return true;
  });
  if (!moved) throw new AppError('CONFLICT', '这次咨询刚刚有了变化，请刷新后再改派');
  const participants = { residentOpenid: consultation.residentOpenid, mediatorOpenid: target.openid };
  await showHistoryTo(consultation._id, participants);
  await touchConsultation({ _id: consultation._id, ...participants }, now);
  if (previous) {
    await releaseSlot(previous);
    await fillFromQueue(previous, now);
  }
  await recordAudit(
    caller.user,
    {
      action: 'consultation.reassign',
      target: consultationSubject(consultation),
      targetId: consultation._id,
      before: { mediator: previous ? ((await loadMediator(previous))?.name ?? '—') : '—' },
      after: { mediator: target.name },
    },
    now,
  );
  const updated: ConsultationDoc = {
    ...consultation,
    status: 'open',
    mediatorId: target._id,
    mediatorOpenid: target.openid,
  };
  return toConsultation(updated, 'mediator', target);
};
