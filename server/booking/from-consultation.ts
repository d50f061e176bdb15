import type { DisputeType } from '@contracts/models';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { getById } from '../db';

/** Only the fields a booking needs; the consultation's own model belongs to the consultation function. */
export interface ConsultationRef {
  residentOpenid: string;
  disputeType: DisputeType;
  description: string;
  descriptionHeld?: boolean;
  outcome?: string;
}

/**
 * The caller's own consultation that a booking comes from. Anyone else's reads as missing: linking a case
 * to it would mark it as turned into a case and take it out of the 预防纠纷 figure.
 */
export async function loadOwnConsultationRef(id: string, openid: string): Promise<ConsultationRef> {
  const c = await getById<ConsultationRef>(Collections.consultations, id);
  if (!c || c.residentOpenid !== openid) throw new AppError('NOT_FOUND', '找不到这次咨询');
  return c;
}
