import type { bookingContract } from '@contracts/functions/booking';
import { heldTexts } from '@contracts/moderation';
import { loadOwnConsultationRef } from '@server/booking/from-consultation';
import type { Handler } from '@server/define-function';

/**
 * A consultation the mediator closed as "转为调解案件" fills in the booking form for its resident; a
 * description held or rejected by review is not carried over (it would go to the mediator unchecked).
 */
export const prefill: Handler<typeof bookingContract.prefill> = async (input, { caller }) => {
  const c = await loadOwnConsultationRef(input.consultationId, caller.openid);
  const usable = !c.descriptionHeld && c.description !== heldTexts.rejected;
  return { disputeType: c.disputeType, description: usable ? c.description : '' };
};
