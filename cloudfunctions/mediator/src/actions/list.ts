import type { mediatorContract } from '@contracts/functions/mediator';
import { ZMediatorCard } from '@contracts/models';
import { defaultAvailability } from '@server/booking/availability';
import { availabilityOf } from '@server/booking/hours';
import { Collections } from '@server/collections';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc } from '@server/models';
import { toMediatorCard } from '@server/views/mediator-views';
import { viewEach } from '@server/views/view-each';

/** Active mediators, online first, then by name in pinyin-agnostic code-point order (stable for a roster). */
export const list: Handler<typeof mediatorContract.list> = async (input) => {
  const where: Record<string, unknown> = { active: true };
  if (input.disputeType) where.specialties = input.disputeType;
  if (input.area) where.areas = input.area;
  const mediators = await findMany<MediatorDoc>(Collections.mediators, where, {
    orderBy: [
      ['online', 'desc'],
      ['name', 'asc'],
    ],
    limit: 100,
  });
  const hours = await availabilityOf(mediators.map((m) => m._id));
  return {
    items: viewEach('mediator.list', mediators, ZMediatorCard, (m) =>
      toMediatorCard(m, hours.get(m._id) ?? defaultAvailability),
    ),
  };
};
