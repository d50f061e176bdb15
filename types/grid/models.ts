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
