import type { mediatorContract } from '@contracts/functions/mediator';
import { AppError } from '@server/app-error';
import { loadAvailability } from '@server/booking/availability';
import { Collections } from '@server/collections';
import { findOne } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc } from '@server/models';
import { toMediatorCard } from '@server/views/mediator-views';

export const mine: Handler<typeof mediatorContract.mine> = async (_input, { caller }) => {
  const profile = await findOne<MediatorDoc>(Collections.mediators, { userId: caller.user._id });
  if (!profile) throw new AppError('NOT_FOUND', '还没有您的调解员档案，请联系管理员');
  return toMediatorCard(profile, await loadAvailability(profile._id));
};
