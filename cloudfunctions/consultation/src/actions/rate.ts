import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { loadMediator, loadOwn } from '@server/consultation/access';
import { touchConsultation } from '@server/consultation/feed';
import type { ConsultationDoc } from '@server/consultation/models';
import { residentView } from '@server/consultation/writer-view';
import { db, type TransactionLike } from '@server/db';
import type { Handler } from '@server/define-function';

/** The resident rates a closed consultation once, or skips; either way they are not asked again. */
export const rate: Handler<typeof consultationContract.rate> = async (input, { caller, now }) => {
  const { consultation } = await loadOwn(input.consultationId, caller.user, { allowAdmin: false });
  if (consultation.residentOpenid !== caller.openid) throw new AppError('NOT_FOUND', '找不到这次咨询');
  if (consultation.status !== 'closed') throw new AppError('CONFLICT', '咨询结束后才能评价');
  const rated = (await db().runTransaction(async (tx: TransactionLike) => {
    const ref = tx.collection(Collections.consultations).doc(consultation._id);
    const c = ((await ref.get()) as { data: ConsultationDoc }).data;
    if (c.rating !== undefined || c.ratingSkipped) return null;
    const patch = input.rating
      ? { rating: input.rating, updatedAt: now }
      : { ratingSkipped: true, updatedAt: now };
    await ref.update({ data: patch });
    return { ...c, ...patch } as ConsultationDoc;
  })) as ConsultationDoc | null;
  if (!rated) throw new AppError('CONFLICT', '这次咨询已经评价过了');
  await touchConsultation(rated, now);
  return residentView(rated, await loadMediator(rated.mediatorId));
};
