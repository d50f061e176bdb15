import type { bookingContract } from '@contracts/functions/booking';
import type { DisputeType } from '@contracts/models';
import { heldTexts } from '@contracts/moderation';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';

/** Only the fields a booking needs; the consultation's own model belongs to the consultation function. */
interface ConsultationRef {
  residentOpenid: string;
  disputeType: DisputeType;
  description: string;
  descriptionHeld?: boolean;
  outcome?: string;
}

/** A consultation the mediator closed as "转为调解案件" fills in the booking form for its resident. */
export const prefill: Handler<typeof bookingContract.prefill> = async (input, { caller }) => {
  const c = await getById<ConsultationRef>(Collections.consultations, input.consultationId);
  if (!c || c.residentOpenid !== caller.openid) throw new AppError('NOT_FOUND', '找不到这次咨询');
  return {
    disputeType: c.disputeType,
    description: c.descriptionHeld || c.description === heldTexts.rejected ? '' : c.description,
  };
};
