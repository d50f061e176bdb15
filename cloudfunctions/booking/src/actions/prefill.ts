import type { bookingContract } from '@contracts/functions/booking';
import { loadOwnConsultationRef } from '@server/booking/from-consultation';
import type { Handler } from '@server/define-function';

/** A consultation the mediator closed as "转为调解案件" fills in the booking form for its resident. */
export const prefill: Handler<typeof bookingContract.prefill> = async (input, { caller }) => {
  const c = await loadOwnConsultationRef(input.consultationId, caller.openid);
  return { disputeType: c.disputeType, description: c.descriptionHeld ? '' : c.description };
};
