import type { GridEventState, GridEventType, GridStep } from '@contracts/grid/models';
import type { GridEventDoc, GridTimelineEntry } from '@server/grid/models';
import { monthStart } from '@server/stats/months';
import type { AppCloud } from './app-cloud';
import { at } from './areas';
import { sdk } from './devcloud';

/**
 * A generated month of grid events whose true figures are known: every event follows one of a few stories
 * (resolved on the spot, closed on time, closed late after a yellow card, red-carded and still open, ...),
 * written straight into `grid_events` with its timeline, the way the workflow would have left it. The
 * truth of each story (its ledger causes, and which figures it counts in) is written out by hand here,
 * not computed by the code under test.
 */

export type Story =
  | 'on_spot'
  | 'on_time'
  | 'late'
  | 'red'
  | 'open'
  | 'returned'
  | 'resident_on_time'
  | 'to_case';

/** The ledger causes each story writes, and the figures it counts in. */
export const storyTruth: Record<
  Story,
  {
    causes: string[];
    filed: boolean;
    dispatched: boolean;
    due: boolean;
    closed: boolean;
    onTime: boolean;
  }
> = {
  on_spot: {
    causes: ['reported', 'resolved_on_time'],
    filed: true,
    dispatched: false,
    due: true,
    closed: true,
    onTime: true,
  },
  on_time: {
    causes: ['reported', 'verified', 'resolved_on_time'],
    filed: true,
    dispatched: true,
    due: true,
    closed: true,
    onTime: true,
  },
  late: {
    causes: ['reported', 'yellow_card', 'verified', 'overdue'],
    filed: true,
    dispatched: true,
    due: true,
    closed: true,
    onTime: false,
  },
  red: {
    causes: ['reported', 'yellow_card', 'red_card'],
    filed: true,
    dispatched: true,
    due: true,
    closed: false,
    onTime: false,
  },
  open: { causes: ['reported'], filed: true, dispatched: true, due: false, closed: false, onTime: false },
  returned: {
    causes: ['reported'],
    filed: false,
    dispatched: false,
    due: false,
    closed: false,
    onTime: false,
  },
  resident_on_time: {
    causes: ['resolved_on_time'],
    filed: true,
    dispatched: true,
    due: true,
    closed: true,
    onTime: true,
  },
  to_case: { causes: ['reported'], filed: true, dispatched: false, due: true, closed: true, onTime: true },
};

/** The default scheme's weights, written out again so a change of the defaults fails these tests. */
export const defaultWeights: Record<string, number> = {
  reported: 2,
  resolved_on_time: 3,
  verified: 1,
  overdue: -3,
  yellow_card: -5,
  red_card: -10,
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A grid of the demo tree with where its events happen and who works it. */
export interface GridPlace {
  gridId: string;
  villageId: string;
  townId: string;
  /** A lattice point inside the grid. */
  x: number;
  y: number;
  workerId: string;
}

export interface Actors {
  street: { id: string };
  unit: { id: string; unitId: string };
  resident: { id: string };
}

interface Step {
  step: GridStep;
  by: 'worker' | 'street' | 'unit' | 'system' | 'resident';
  afterHours: number;
  onTime?: boolean;
}

const stories: Record<
  Story,
  { state: GridEventState; steps: Step[]; deadlineHours?: number; type?: GridEventType }
> = {
  on_spot: {
    state: 'resolved_on_spot',
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'resolve_on_spot', by: 'worker', afterHours: 1 },
    ],
  },
  on_time: {
    state: 'closed',
    deadlineHours: 48,
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'accept', by: 'street', afterHours: 1 },
      { step: 'dispatch', by: 'street', afterHours: 2 },
      { step: 'take', by: 'unit', afterHours: 3 },
      { step: 'reply', by: 'unit', afterHours: 20, onTime: true },
      { step: 'verify_pass', by: 'worker', afterHours: 24 },
      { step: 'close', by: 'worker', afterHours: 25, onTime: true },
    ],
  },
  late: {
    state: 'closed',
    deadlineHours: 24,
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'accept', by: 'street', afterHours: 1 },
      { step: 'dispatch', by: 'street', afterHours: 2 },
      { step: 'take', by: 'unit', afterHours: 3 },
      { step: 'yellow_card', by: 'system', afterHours: 27 },
      { step: 'reply', by: 'unit', afterHours: 40, onTime: false },
      { step: 'verify_pass', by: 'worker', afterHours: 44 },
      { step: 'close', by: 'worker', afterHours: 45, onTime: false },
    ],
  },
  red: {
    state: 'handling',
    deadlineHours: 24,
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'accept', by: 'street', afterHours: 1 },
      { step: 'dispatch', by: 'street', afterHours: 2 },
      { step: 'take', by: 'unit', afterHours: 3 },
      { step: 'yellow_card', by: 'system', afterHours: 27 },
      { step: 'red_card', by: 'system', afterHours: 51 },
    ],
  },
  open: {
    state: 'handling',
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'accept', by: 'street', afterHours: 1 },
      { step: 'dispatch', by: 'street', afterHours: 2 },
      { step: 'take', by: 'unit', afterHours: 3 },
      { step: 'ask_extension', by: 'unit', afterHours: 4 },
      { step: 'approve_extension', by: 'street', afterHours: 5 },
    ],
  },
  returned: {
    state: 'returned',
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'return', by: 'street', afterHours: 2 },
    ],
  },
  resident_on_time: {
    state: 'closed',
    deadlineHours: 72,
    type: 'facility',
    steps: [
      { step: 'report', by: 'resident', afterHours: 0 },
      { step: 'accept', by: 'street', afterHours: 1 },
      { step: 'dispatch', by: 'street', afterHours: 2 },
      { step: 'take', by: 'unit', afterHours: 3 },
      { step: 'reply', by: 'unit', afterHours: 30, onTime: true },
      { step: 'verify_pass', by: 'street', afterHours: 31 },
      { step: 'close', by: 'street', afterHours: 32, onTime: true },
    ],
  },
  to_case: {
    state: 'closed',
    type: 'dispute',
    steps: [
      { step: 'report', by: 'worker', afterHours: 0 },
      { step: 'to_case', by: 'worker', afterHours: 1 },
    ],
  },
};

const otherTypes: GridEventType[] = ['hazard', 'dispute', 'key_person', 'facility', 'other'];

/**
 * One event of a story, reported on `day` (1-based) of the month at 09:00 Beijing time. The open story's
 * deadline was extended to a week after `now`, so it is not yet due whenever the test runs.
 */
export function storyEvent(
  id: string,
  story: Story,
  place: GridPlace,
  actors: Actors,
  month: { year: number; month: number },
  day: number,
  seq: number,
  now: number,
): GridEventDoc {
  const s = stories[story];
  const start = monthStart(month.year, month.month) + (day - 1) * DAY + 9 * HOUR;
  const who: Record<Step['by'], { id: string; role: GridTimelineEntry['byRole'] }> = {
    worker: { id: place.workerId, role: 'grid_worker' },
    street: { id: actors.street.id, role: 'admin' },
    unit: { id: actors.unit.id, role: 'unit_staff' },
    system: { id: 'system', role: 'system' },
    resident: { id: actors.resident.id, role: 'resident' },
  };
  const timeline: GridTimelineEntry[] = s.steps.map((st) => ({
    step: st.step,
    byId: who[st.by].id,
    byRole: who[st.by].role,
    byName: st.by,
    at: start + st.afterHours * HOUR,
    ...(st.onTime !== undefined ? { onTime: st.onTime } : {}),
  }));
  const dispatched = s.steps.some((st) => st.step === 'dispatch');
  const deadline =
    story === 'open'
      ? now + 7 * DAY
      : s.deadlineHours
        ? start + 2 * HOUR + s.deadlineHours * HOUR
        : undefined;
  const reporter = s.steps[0].by === 'resident' ? who.resident : who.worker;
  return {
    _id: id,
    number: `SJ-${month.year}-${String(seq).padStart(6, '0')}`,
    reporterId: reporter.id,
    reporterRole: reporter.role === 'resident' ? 'resident' : 'grid_worker',
    type: s.type ?? otherTypes[seq % otherTypes.length],
    description: `${story} 测试事件`,
    point: at(place.x, place.y),
    area: { countyId: 'area-county', townId: place.townId, villageId: place.villageId, gridId: place.gridId },
    urgency: 'normal',
    photoFileIds: [],
    state: s.state,
    ...(dispatched ? { unitId: actors.unit.unitId } : {}),
    ...(deadline ? { deadline, deadlineFrom: start + 2 * HOUR } : {}),
    cards: {},
    clientAt: start,
    late: false,
    timeline,
    createdAt: start,
    updatedAt: timeline[timeline.length - 1].at,
  };
}

/** Writes events into the local cloud, as the workflow would have stored them. */
export async function storeEvents(app: AppCloud, events: GridEventDoc[]): Promise<void> {
  for (const { _id, ...data } of events) {
    await sdk(app.db.collection('grid_events').doc(_id).set({ data }));
  }
}

/**
 * Runs the points hook over every step of every event in order, as `applyStep()` does after each step:
 * the event it sees holds the timeline up to and including that step.
 */
export async function runPoints(events: GridEventDoc[]): Promise<void> {
  const { recordStepPoints } = await import('@server/grid/points/record');
  for (const e of events) {
    for (let i = 0; i < e.timeline.length; i += 1) {
      const entry = e.timeline[i];
      await recordStepPoints(null, { ...e, timeline: e.timeline.slice(0, i + 1) }, entry, entry.at);
    }
  }
}
