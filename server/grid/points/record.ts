import { Collections } from '../../collections';
import { db, findOne, type TransactionLike } from '../../db';
import type { UserDoc } from '../../models';
import { patrolFigure } from '../../stats/patrol';
import { moveFigures } from '../../stats/rollups';
import type { GridEventDoc, GridTimelineEntry } from '../models';
import { eventRowId, rowOf, writeRows } from './ledger';
import { loadScheme } from './scheme';
import { pointsOfStep } from './score';

/**
 * Writes the points ledger rows one workflow step earns or costs (issue 14). Called by `applyStep()` in
 * server/grid/workflow.ts for every step, inside its transaction when there is one, after the step was
 * appended to `event.timeline`. Rows are keyed by event and cause, so a retried step writes nothing new;
 * an event outside every grid earns no grid anything. The weights are the scheme's at the time of the
 * step: a row keeps the points it was written with, so what a worker was told never changes afterwards.
 * The report of a dispute on patrol also moves the mediation statistics' 排查 (recordPatrolFigure).
 */
export async function recordStepPoints(
  tx: TransactionLike | null,
  event: GridEventDoc,
  entry: GridTimelineEntry,
  _now: number,
): Promise<void> {
  if (entry.step === 'report') await recordPatrolFigure(tx, event);
  const gridId = event.area.gridId;
  if (!gridId) return;
  const { scheme } = await loadScheme();
  const earned = pointsOfStep(event, entry, scheme);
  if (earned.length === 0) return;
  const gridWorker = earned.some((p) => !p.workerId) ? await workerOf(gridId) : null;
  await writeRows(
    tx,
    earned.map((p) =>
      rowOf({
        _id: eventRowId(event._id, p.cause),
        gridId,
        workerId: p.workerId ?? gridWorker?._id ?? '',
        cause: p.cause,
        text: p.text,
        points: p.points,
        area: event.area,
        source: { eventId: event._id, eventNumber: event.number, step: entry.step },
        at: entry.at,
      }),
    ),
  );
}

/**
 * A dispute found on patrol counts as 排查 in the mediation statistics from the moment it is reported, in
 * the same transaction as the report (server/stats/patrol.ts).
 */
async function recordPatrolFigure(tx: TransactionLike | null, event: GridEventDoc): Promise<void> {
  const figure = patrolFigure(event);
  if (figure) await moveFigures(tx ?? (db() as unknown as TransactionLike), null, figure);
}

/** The grid worker serving a grid (their scope is the grid), if one is assigned. */
export function workerOf(gridId: string): Promise<UserDoc | null> {
  return findOne<UserDoc>(Collections.users, { role: 'grid_worker', scopeAreaId: gridId });
}
