import type { grideventContract } from '@contracts/functions/gridevent';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import type { GridEventDoc } from '@server/grid/models';
import { partiesOf } from '@server/grid/parties';
import { unitNamesOf } from '@server/grid/units';
import { toDetail } from '@server/grid/views';

/** An event for the people it concerns; to anyone else it does not exist. */
export const get: Handler<typeof grideventContract.get> = async (input, { caller, now }) => {
  const e = await getById<GridEventDoc>(Collections.gridEvents, input.eventId);
  if (!e) throw new AppError('NOT_FOUND', '找不到这件事');
  const parties = await partiesOf(e, caller.user);
  if (parties.size === 0) throw new AppError('NOT_FOUND', '找不到这件事');
  return toDetail(e, parties, now, await unitNamesOf([e]));
};
