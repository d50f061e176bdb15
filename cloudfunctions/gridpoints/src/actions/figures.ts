import type { gridpointsContract } from '@contracts/functions/gridpoints';
import { scopeWhere } from '@server/areas/scope';
import type { Handler } from '@server/define-function';
import { figuresOf } from '@server/grid/figures/compute';
import { eventsOfMonth, namesOf } from '@server/grid/figures/load';
import { askedScope } from '@server/grid/points/access';

/** The month's grid-event figures of the admin's scope, counted from the events themselves. */
export const figures: Handler<typeof gridpointsContract.figures> = async (input, { caller, now }) => {
  const { scope, name } = await askedScope(caller.user, input.areaId);
  const events = await eventsOfMonth(input.month, scopeWhere(scope, 'area'));
  return { month: input.month, scopeName: name, ...figuresOf(events, await namesOf(events), now) };
};
