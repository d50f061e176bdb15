import type { DeadlineLevel } from '@contracts/grid/models';
import type { GridEventDoc } from './models';
import { gridSettings } from './settings';
import { deadlineAfter } from './working-time';

/** States in which a unit's clock runs. */
export const clockStates = ['dispatched', 'handling'] as const;

/** The deadline a dispatch at `now` gets: the event type's limit at its urgency, in working time. */
export function dispatchDeadline(e: Pick<GridEventDoc, 'type' | 'urgency'>, now: number): number {
  return deadlineAfter(now, gridSettings.limits[e.type][e.urgency]);
}

/**
 * How close an event is to its deadline at `now`: red once passed, amber when no more than a quarter
 * (amberShare) of the time from the clock's start is left, green before. Undefined when no clock runs.
 */
export function levelAt(
  e: Pick<GridEventDoc, 'state' | 'deadline' | 'deadlineFrom'>,
  now: number,
): DeadlineLevel | undefined {
  if (!e.deadline || !(clockStates as readonly string[]).includes(e.state)) return undefined;
  const left = e.deadline - now;
  if (left < 0) return 'red';
  const total = e.deadline - (e.deadlineFrom ?? e.deadline);
  return left <= total * gridSettings.amberShare ? 'amber' : 'green';
}
