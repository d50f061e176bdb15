import type { consultationContract } from '@contracts/functions/consultation';
import { loadMediator, loadNote, loadOwn } from '@server/consultation/access';
import { chatTimes } from '@server/consultation/chat-times';
import { toConsultation } from '@server/consultation/views';
import type { Handler } from '@server/define-function';

/**
 * One consultation for a participant (or an admin); the private note only for the mediator's side, and
 * for the chat the mediator's hours, when a reply can be expected and the place in the queue.
 */
export const get: Handler<typeof consultationContract.get> = async (input, { caller, now }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user);
  const note = side === 'mediator' ? await loadNote(consultation._id) : undefined;
  const mediator = await loadMediator(consultation.mediatorId);
  const times = await chatTimes(consultation, mediator, now);
  return toConsultation(consultation, side, mediator, note, times);
};
