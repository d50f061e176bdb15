import type { TransactionLike } from '../../db';
import type { GridEventDoc, GridTimelineEntry } from '../models';

/**
 * Writes the points ledger rows one workflow step earns or costs (issue 14). Called by `applyStep()` in
 * server/grid/workflow.ts for every step, inside its transaction when there is one, after the step was
 * appended to `event.timeline`.
 */
export async function recordStepPoints(
  _tx: TransactionLike | null,
  _event: GridEventDoc,
  _entry: GridTimelineEntry,
  _now: number,
): Promise<void> {
  // gridpoints helper fills this
}
