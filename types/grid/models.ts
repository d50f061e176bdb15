import { z } from 'zod';
import { ZPoint } from '../area/models';
import { ZEpochMs, ZId } from '../models';
import {
  deadlineLevels,
  gridEventStates,
  gridEventTypes,
  gridSteps,
  gridUrgencies,
  unitKinds,
} from '../plain/grid';

export * from '../plain/grid';

export const ZGridEventType = z.enum(gridEventTypes, { error: '请选择事件类型' });
export const ZGridUrgency = z.enum(gridUrgencies, { error: '请选择紧急程度' });
export const ZGridEventState = z.enum(gridEventStates);
export const ZGridStep = z.enum(gridSteps);
export const ZUnitKind = z.enum(unitKinds, { error: '请选择单位类别' });
export const ZDeadlineLevel = z.enum(deadlineLevels);

/**
 * A person involved in an event. For a key person (重点人员) the name is personal data: only the handlers
 * (the street, the unit, the reporter) see it; everyone else sees it masked (server/grid/views.ts).
 */
export const ZGridPerson = z.strictObject({
  name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多20个字'),
  note: z.string().trim().max(60, '说明最多60个字').optional(),
});
export type GridPerson = z.infer<typeof ZGridPerson>;

/** One step of an event's timeline as the client sees it: who, when, and what they wrote. */
export const ZGridTimelineItem = z.object({
  step: ZGridStep,
  label: z.string(),
  byName: z.string(),
  at: ZEpochMs,
  note: z.string().optional(),
  photoUrls: z.array(z.string()),
  onTime: z.boolean().optional(),
});
export type GridTimelineItem = z.infer<typeof ZGridTimelineItem>;

export { ZId, ZPoint };

/** An event in a list: where it stands, whose it is now, and how close its deadline is. */
export const ZGridEventSummary = z.object({
  id: ZId,
  number: z.string(),
  type: ZGridEventType,
  typeLabel: z.string(),
  subtype: z.string().optional(),
  /** Key persons' names replaced by 某某 for anyone but the handlers. */
  description: z.string(),
  state: ZGridEventState,
  stateLabel: z.string(),
  urgency: ZGridUrgency,
  placeName: z.string(),
  unitName: z.string().optional(),
  deadline: ZEpochMs.optional(),
  deadlineLevel: ZDeadlineLevel.optional(),
  cards: z.object({ yellow: ZEpochMs.optional(), red: ZEpochMs.optional() }),
  /** Reported offline and sent much later than it was seen. */
  late: z.boolean(),
  clientAt: ZEpochMs,
  createdAt: ZEpochMs,
});
export type GridEventSummary = z.infer<typeof ZGridEventSummary>;

export const ZGridEventDetail = ZGridEventSummary.extend({
  point: ZPoint,
  reporterName: z.string(),
  people: z.array(ZGridPerson),
  /** Empty for a key person's event seen by anyone but the handlers (faces are personal data). */
  photoUrls: z.array(z.string()),
  timeline: z.array(ZGridTimelineItem),
  extension: z
    .object({ reason: z.string(), until: ZEpochMs, status: z.enum(['pending', 'approved', 'refused']) })
    .optional(),
  caseLink: z
    .object({ kind: z.enum(['consultation', 'case']), id: ZId, number: z.string().optional() })
    .optional(),
  /** The steps the viewer may take now (server/grid/workflow.ts), so the page shows only those buttons. */
  allowedSteps: z.array(ZGridStep),
});
export type GridEventDetail = z.infer<typeof ZGridEventDetail>;

/** A likely duplicate offered before a report is sent: an open event of the same type close by. */
export const ZNearbyEvent = ZGridEventSummary.pick({
  id: true,
  number: true,
  typeLabel: true,
  description: true,
  stateLabel: true,
  createdAt: true,
}).extend({ metres: z.number() });
export type NearbyEvent = z.infer<typeof ZNearbyEvent>;

/** A handling unit as the street sees it when dispatching. */
export const ZUnit = z.object({
  id: ZId,
  name: z.string(),
  kind: ZUnitKind,
  kindLabel: z.string(),
  areaId: ZId,
  placeName: z.string(),
  superiorName: z.string().optional(),
  staff: z.array(z.object({ id: ZId, name: z.string() })),
  active: z.boolean(),
});
export type Unit = z.infer<typeof ZUnit>;
