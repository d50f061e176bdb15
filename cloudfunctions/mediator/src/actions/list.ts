import type { mediatorContract } from '@contracts/functions/mediator';
import { ZMediatorCard } from '@contracts/models';
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
  return { items: viewEach('mediator.list', mediators, ZMediatorCard, toMediatorCard) };
};
