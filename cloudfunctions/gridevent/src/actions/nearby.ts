import type { grideventContract } from '@contracts/functions/gridevent';
import { gridEventStateLabels, gridEventTypeLabels } from '@contracts/grid/models';
import { toGcj02 } from '@server/areas/geometry';
import type { Handler } from '@server/define-function';
import { openEventsNear } from '@server/grid/nearby';
import { partiesOf } from '@server/grid/parties';
import { toSummary } from '@server/grid/views';

/** Likely duplicates before a report is sent; others' key persons stay masked. */
export const nearby: Handler<typeof grideventContract.nearby> = async (input, { caller, now }) => {
  const near = await openEventsNear(input.type, toGcj02(input.point, input.coordinate));
  const items = [];
  for (const { event, metres } of near) {
    const handler = (await partiesOf(event, caller.user)).size > 0;
    const s = toSummary(event, { handler, now, unitNames: new Map() });
    items.push({
      id: s.id,
      number: s.number,
      typeLabel: gridEventTypeLabels[event.type],
      description: s.description,
      stateLabel: gridEventStateLabels[event.state],
      createdAt: s.createdAt,
      metres,
    });
  }
  return { items };
};
