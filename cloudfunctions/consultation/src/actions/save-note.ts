import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { loadOwn } from '@server/consultation/access';
import { db } from '@server/db';
import type { Handler } from '@server/define-function';

/** The mediator's private note, kept apart from the consultation so no resident-readable document holds it. */
export const saveNote: Handler<typeof consultationContract.saveNote> = async (input, { caller, now }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user, { allowAdmin: false });
  if (side !== 'mediator') throw new AppError('NOT_FOUND', '找不到这次咨询');
  await db()
    .collection(Collections.consultationNotes)
    .doc(consultation._id)
    .set({
      data: {
        consultationId: consultation._id,
        mediatorId: consultation.mediatorId,
        note: input.note,
        updatedAt: now,
      },
    });
  return { note: input.note };
};
