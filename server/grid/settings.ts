import type { GridEventType, GridUrgency } from '@contracts/grid/models';
import settings from './settings.json';

/** A time limit: working hours, working days (one day = the working hours of a day), or both added. */
export interface TimeLimit {
  hours?: number;
  days?: number;
}

/** The grid configuration (settings.json), typed; one place to change a time limit or the office hours. */
export const gridSettings = settings as {
  limits: Record<GridEventType, Record<GridUrgency, TimeLimit>>;
  workingTime: { weekdays: number[]; start: string; end: string; holidays: string[] };
  amberShare: number;
  redCardAfterHours: number;
  lateAfterMinutes: number;
  nearbyMetres: number;
};
