import type { consultationContract } from '@contracts/functions/consultation';
import { loadMediator, loadNote, loadOwn } from '@server/consultation/access';
import { toConsultation } from '@server/consultation/views';
import type { Handler } from '@server/define-function';

/** One consultation for a participant (or an admin); the private note only for the mediator's side. */
export const get: Handler<typeof consultationContract.get> = async (input, { caller }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user);
  const note = side === 'mediator' ? await loadNote(consultation._id) : undefined;
  return toConsultation(consultation, side, await loadMediator(consultation.mediatorId), note);
};
