import type { DisputeType } from '@contracts/models';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { findMany, getById } from '../db';
import type { MediatorDoc } from '../models';

/**
 * The mediator for a booking: the one chosen, or the system's pick by dispute type first and village
 * second, so a house-site dispute in 东山村 goes to someone who knows both.
 */
export async function chooseMediator(input: {
  mediatorId?: string;
  disputeType?: DisputeType;
  village?: string;
}): Promise<MediatorDoc> {
  if (input.mediatorId) {
    const m = await getById<MediatorDoc>(Collections.mediators, input.mediatorId);
    if (!m?.active) throw new AppError('NOT_FOUND', '找不到这位调解员');
    return m;
  }
  const all = await findMany<MediatorDoc>(Collections.mediators, { active: true }, { limit: 200 });
  const score = (m: MediatorDoc) =>
    (input.disputeType && m.specialties.includes(input.disputeType) ? 2 : 0) +
    (input.village && m.areas.includes(input.village) ? 1 : 0);
  const best = all.sort((a, b) => score(b) - score(a) || a.createdAt - b.createdAt)[0];
  if (!best) throw new AppError('NOT_FOUND', '暂时没有可以预约的调解员');
  return best;
}
