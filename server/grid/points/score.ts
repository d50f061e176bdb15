import { gridEventTypeLabels } from '@contracts/grid/models';
import { MAX_STARS, type StarScheme, type StepCause } from '@contracts/grid/points';
import type { GridEventDoc, GridTimelineEntry } from '../models';

/**
 * What a workflow step earns or costs a grid, without the database: the pure half of the ledger, so the
 * scheme's rules are tested on their own. Each cause is earned at most once per event (an event is
 * reported, verified, closed and carded once), which is what makes the ledger's row ids idempotent.
 */

/** A row the step writes, before it is placed (grid, worker, month). */
export interface StepPoints {
  cause: StepCause;
  points: number;
  text: string;
  /** Who earned it when it is the step's own author (the reporter, the verifier); else the grid's worker. */
  workerId?: string;
}

/** The last entry of a step in the timeline. */
function lastOf(event: GridEventDoc, step: GridTimelineEntry['step']): GridTimelineEntry | undefined {
  return [...event.timeline].reverse().find((e) => e.step === step);
}

/**
 * Whether a closed event was closed by its deadline: resolved on the spot or handed to mediation always
 * is; otherwise the closing entry says so (the workflow copies the unit's reply), else the unit's last
 * reply, else the closing time against the deadline. Null while the event is not closed.
 */
export function closedOnTime(event: GridEventDoc, close = lastOf(event, 'close')): boolean | null {
  if (event.state === 'resolved_on_spot') return true;
  // A dispute that became a mediation case leaves the grid at once: it is handed over, not overdue.
  if (!close) return event.state === 'closed' && lastOf(event, 'to_case') ? true : null;
  if (close.onTime !== undefined) return close.onTime;
  const reply = lastOf(event, 'reply');
  if (reply?.onTime !== undefined) return reply.onTime;
  return event.deadline === undefined || close.at <= event.deadline;
}

/** The causes one step writes. A resident's report earns the grid nothing: patrol is the worker's work. */
export function causesOf(event: GridEventDoc, entry: GridTimelineEntry): StepCause[] {
  const patrol = event.reporterRole === 'grid_worker';
  switch (entry.step) {
    case 'report':
      return patrol ? ['reported'] : [];
    case 'resolve_on_spot':
      return patrol ? ['reported', 'resolved_on_time'] : ['resolved_on_time'];
    case 'verify_pass':
      return entry.byRole === 'grid_worker' ? ['verified'] : [];
    case 'close':
      return [closedOnTime(event, entry) === false ? 'overdue' : 'resolved_on_time'];
    case 'yellow_card':
      return ['yellow_card'];
    case 'red_card':
      return ['red_card'];
    default:
      return [];
  }
}

/** The reason of a row in a sentence the grid worker understands. */
export function causeText(cause: StepCause, event: GridEventDoc, entry: GridTimelineEntry): string {
  const n = event.number;
  switch (cause) {
    case 'reported':
      return `上报事件 ${n}（${gridEventTypeLabels[event.type]}）`;
    case 'resolved_on_time':
      return entry.step === 'resolve_on_spot' ? `就地解决事件 ${n}` : `事件 ${n} 按期结案`;
    case 'verified':
      return `到现场核查事件 ${n}`;
    case 'overdue':
      return `事件 ${n} 超过办理时限才结案`;
    case 'yellow_card':
      return `事件 ${n} 超期被督办（黄牌）`;
    case 'red_card':
      return `事件 ${n} 超期被督办（红牌）`;
  }
}

/** Every row a step writes under the scheme; a weight of 0 still writes the row, so the cause is seen. */
export function pointsOfStep(
  event: GridEventDoc,
  entry: GridTimelineEntry,
  scheme: StarScheme,
): StepPoints[] {
  return causesOf(event, entry).map((cause) => ({
    cause,
    points: scheme.weights[cause],
    text: causeText(cause, event, entry),
    ...(cause === 'reported' ? { workerId: event.reporterId } : {}),
    ...(cause === 'verified' ? { workerId: entry.byId } : {}),
  }));
}

/** Stars for a month's points: one for each threshold reached, none below the first. */
export function starsOf(points: number, thresholds: readonly number[]): number {
  return Math.min(MAX_STARS, thresholds.filter((t) => points >= t).length);
}

/** Points for a resident's rating (1 to 5). */
export function satisfactionPoints(rating: number, scheme: StarScheme): number {
  return scheme.satisfaction[rating - 1] ?? 0;
}
