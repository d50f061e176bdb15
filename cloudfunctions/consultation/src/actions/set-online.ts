import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { fillFromQueue } from '@server/consultation/queue';
import { findOne, updateById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { MediatorDoc } from '@server/models';

/** Going online takes waiting consultations at once, oldest first, up to the mediator's capacity. */
export const setOnline: Handler<typeof consultationContract.setOnline> = async (input, { caller, now }) => {
  const me = await findOne<MediatorDoc>(Collections.mediators, { openid: caller.openid });
  if (!me) throw new AppError('NOT_FOUND', '还没有您的调解员档案，请联系管理员');
  await updateById(Collections.mediators, me._id, { online: input.online });
  const assigned = input.online ? await fillFromQueue(me._id, now) : [];
  return { online: input.online, assigned: assigned.length };
};
