import type { bookingContract } from '@contracts/functions/booking';
import { loadAvailability, takenSlots } from '@server/booking/availability';
import { chooseMediator } from '@server/booking/choose-mediator';
import { computeSlots } from '@server/booking/slots';
import type { Handler } from '@server/define-function';

/** Free slots of one mediator (chosen, or picked by type and village) for the next two weeks. */
export const slots: Handler<typeof bookingContract.slots> = async (input, { caller, now }) => {
  const party = caller.user.role === 'resident' ? caller.user : undefined;
  const village = input.village ?? caller.user.village;
  const mediator = await chooseMediator({ ...input, village, party });
  const av = await loadAvailability(mediator._id);
  const days = computeSlots(av, await takenSlots(mediator._id, now), now);
  return { mediator: { id: mediator._id, name: mediator.name, title: mediator.title }, days };
};
