import type { ParsedInputOf } from '@contracts/contract';
import type { grideventContract } from '@contracts/functions/gridevent';
import { gridEventStates, gridFinalStates } from '@contracts/grid/models';
import { AppError } from '@server/app-error';
import { scopeOf, scopeWhere } from '@server/areas/scope';
import { Collections } from '@server/collections';
import { command, findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import type { GridEventDoc } from '@server/grid/models';
import { unitNamesOf, unitsOfStaff } from '@server/grid/units';
import { toSummary } from '@server/grid/views';
import type { UserDoc } from '@server/models';

const openStates = gridEventStates.filter((s) => !(gridFinalStates as readonly string[]).includes(s));

/** The three boxes: what I reported, my unit's to-do, and the street's events in its scope. */
export const list: Handler<typeof grideventContract.list> = async (input, { caller, now }) => {
  const where = await boxWhere(input, caller.user);
  const events = await findMany<GridEventDoc>(Collections.gridEvents, where, {
    orderBy: [['createdAt', 'desc']],
    limit: 100,
  });
  const unitNames = await unitNamesOf(events);
  return { items: events.map((e) => toSummary(e, { handler: true, now, unitNames })) };
};

async function boxWhere(
  input: ParsedInputOf<typeof grideventContract.list>,
  user: UserDoc,
): Promise<Record<string, unknown>> {
  const _ = command();
  const state = input.open ? _.in(openStates) : _.in([...gridFinalStates]);
  if (input.box === 'mine') return { reporterId: user._id, state };
  if (input.box === 'unit') {
    if (user.role !== 'unit_staff') throw new AppError('FORBIDDEN', '只有处置单位的工作人员能看本单位待办');
    const units = await unitsOfStaff(user._id);
    const todo = input.open ? _.in(['dispatched', 'handling']) : _.in(['replied', 'verified', 'closed']);
    return { unitId: _.in(units.length ? units.map((u) => u._id) : ['__none__']), state: todo };
  }
  if (user.role !== 'admin') throw new AppError('FORBIDDEN', '只有街道（镇）的工作人员能看派遣列表');
  return { ...scopeWhere(await scopeOf(user), 'area'), state };
}
