import type { DisputeType } from '@contracts/models';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { isOwnWork, ownCaseMessage } from '../conflicts';
import { findMany, getById } from '../db';
import type { MediatorDoc, UserDoc } from '../models';

/**
 * The mediator for a booking: the one chosen, or the system's pick by dispute type first and village
 * second, so a house-site dispute in 东山村 goes to someone who knows both. For a resident's own matter
 * (`party`) the resident's own mediator profile is refused when chosen and skipped when picking.
 */
export async function chooseMediator(input: {
  mediatorId?: string;
  disputeType?: DisputeType;
  village?: string;
  party?: UserDoc;
}): Promise<MediatorDoc> {
  const party = input.party;
  if (input.mediatorId) {
    const m = await getById<MediatorDoc>(Collections.mediators, input.mediatorId);
    if (!m?.active) throw new AppError('NOT_FOUND', '找不到这位调解员');
    if (party && isOwnWork(m, party)) throw new AppError('FORBIDDEN', ownCaseMessage);
    return m;
  }
  const active = await findMany<MediatorDoc>(Collections.mediators, { active: true }, { limit: 200 });
  const all = party ? active.filter((m) => !isOwnWork(m, party)) : active;
  const score = (m: MediatorDoc) =>
    (input.disputeType && m.specialties.includes(input.disputeType) ? 2 : 0) +
    (input.village && m.areas.includes(input.village) ? 1 : 0);
  const best = all.sort((a, b) => score(b) - score(a) || a.createdAt - b.createdAt)[0];
  if (!best) throw new AppError('NOT_FOUND', '暂时没有可以预约的调解员');
  return best;
}
