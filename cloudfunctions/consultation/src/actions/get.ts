import type { consultationContract } from '@contracts/functions/consultation';
import { loadMediator, loadNote, loadOwn } from '@server/consultation/access';
import { toConsultation } from '@server/consultation/views';
import { residentView } from '@server/consultation/writer-view';
import type { Handler } from '@server/define-function';

/** One consultation for a participant (or an admin); the private note only for the mediator's side. */
export const get: Handler<typeof consultationContract.get> = async (input, { caller }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user);
  const mediator = await loadMediator(consultation.mediatorId);
  if (side === 'resident') return residentView(consultation, mediator);
  return toConsultation(consultation, side, mediator, await loadNote(consultation._id));
};
