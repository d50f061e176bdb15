import type { consultationContract } from '@contracts/functions/consultation';
import { loadMediator, loadNote, loadOwn } from '@server/consultation/access';
import { chatTimes } from '@server/consultation/chat-times';
import { toConsultation } from '@server/consultation/views';
import { residentView } from '@server/consultation/writer-view';
import type { Handler } from '@server/define-function';

/**
 * One consultation for a participant (or an admin); the private note only for the mediator's side, and
 * for the chat the mediator's hours, when a reply can be expected and the place in the queue.
 */
export const get: Handler<typeof consultationContract.get> = async (input, { caller, now }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user);
  const mediator = await loadMediator(consultation.mediatorId);
  const times = await chatTimes(consultation, mediator, now);
  if (side === 'resident') return residentView(consultation, mediator, times);
  return toConsultation(consultation, side, mediator, await loadNote(consultation._id), times);
};
