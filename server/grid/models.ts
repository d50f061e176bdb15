import type { AreaRef, Point } from '@contracts/area/models';
import type {
  DeadlineLevel,
  GridEventState,
  GridEventType,
  GridStep,
  GridUrgency,
  UnitKind,
} from '@contracts/grid/models';
import type { Role } from '@contracts/models';

/**
 * Stored shapes of grid reporting (issue 14). Shared by the workflow (gridflow) and the points ledger
 * and figures (gridpoints): change them only by adding fields.
 */

/** A handling unit the street dispatches events to, with the unit_staff users who act for it. */
export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
  /** Where it serves: a community office its village node, a department its town. */
  area: AreaRef;
  staffUserIds: string[];
  /** Who the red card goes to (e.g. 城关镇人民政府), in words. */
  superiorName?: string;
  active: boolean;
  createdAt: number;
}

/** One step in an event's life, written only by `applyStep()` (server/grid/workflow.ts). */
export interface GridTimelineEntry {
  step: GridStep;
  /** The user who took the step; `'system'` for the escalation timer. */
  byId: string;
  byRole: Role | 'system';
  byName: string;
  at: number;
  note?: string;
  photoFileIds?: string[];
  /** On replies and closings: whether it came before the deadline. */
  onTime?: boolean;
}

export interface GridPhotoCheck {
  fileId: string;
  traceId: string;
  verdict: 'checking' | 'pass' | 'refused';
}

/** An extension the unit asked for; the deadline moves only when the street approves it. */
export interface GridExtension {
  reason: string;
  /** The deadline asked for. */
  until: number;
  askedById: string;
  askedAt: number;
  status: 'pending' | 'approved' | 'refused';
  decidedById?: string;
  decidedAt?: number;
}

export interface GridEventDoc {
  _id: string;
  /** SJ-2026-000123, from server/counters.ts. */
  number: string;
  reporterId: string;
  reporterRole: Role;
  /** The reporter's name at the time, for the timeline and the lists. */
  reporterName?: string;
  type: GridEventType;
  subtype?: string;
  description: string;
  /** GCJ-02, as the phone reported it (converted from WGS-84 where needed) or as the reporter moved it. */
  point: Point;
  /** Found by point in polygon (server/areas/locate.ts); gridId is missing outside every grid. */
  area: AreaRef;
  /** The deepest node's full name at report time (清溪县 / 城关镇 / 东山村 / 东山村第一网格). */
  placeName?: string;
  urgency: GridUrgency;
  people?: { name: string; note?: string }[];
  photoFileIds: string[];
  /** WeChat's image checks of every photo on the event (server/grid/photo-check.ts); refused ones are hidden. */
  photoChecks?: GridPhotoCheck[];
  state: GridEventState;
  unitId?: string;
  /** When the unit's time runs out (working time from the dispatch, server/grid/working-time.ts). */
  deadline?: number;
  /** When the current deadline's clock started: amber is computed against deadline - deadlineFrom. */
  deadlineFrom?: number;
  deadlineLevel?: DeadlineLevel;
  cards: { yellow?: number; red?: number };
  extension?: GridExtension;
  /** The consultation or mediation case a dispute became; the case links back by `fromGridEventId`. */
  caseLink?: { kind: 'consultation' | 'case'; id: string; number?: string };
  /** When the reporter saw it (kept offline until sent); `late` when it reached the server much later. */
  clientAt: number;
  late: boolean;
  timeline: GridTimelineEntry[];
  createdAt: number;
  updatedAt: number;
}

/** One row of the grid points ledger (owned by gridpoints: server/grid/points/). */
export interface GridPointDoc {
  _id: string;
  gridId: string;
  workerId: string;
  /** YYYY-MM in Beijing time. */
  month: string;
  cause: string;
  /** Signed: rewards are positive, overdue and cards negative. */
  points: number;
  source: { eventId?: string; step?: GridStep | string };
  at: number;
}
