import { z } from 'zod';
import { ZPoint } from '../area/models';
import { ZGridEventType, ZGridPerson, ZGridUrgency, ZUnitKind } from '../grid/models';
import { ZClientKey } from '../idempotency';
import { ZDisputeType, ZEpochMs, ZId } from '../models';
import { ZFileId } from '../uploads';

/** Photos a step requires: missing and empty are both answered under `photos` with what to take. */
const photos = (missing: string) =>
  z.array(ZFileId, { error: missing }).min(1, missing).max(9, '最多9张照片');
const note = z.string().trim().max(500, '说明不超过500个字').optional();
const reason = z
  .string({ error: '请填写原因' })
  .trim()
  .min(2, '请填写原因（至少2个字）')
  .max(200, '原因不超过200个字');
const ref = { eventId: ZId };

/**
 * A report from the phone. `clientAt` is when the reporter saw it (a report kept offline keeps its time);
 * `coordinate` says what system the point is in: WeChat's gcj02, or a browser's wgs84 reading which the
 * function converts before looking for the grid.
 */
export const ZReportInput = z.strictObject({
  clientKey: ZClientKey,
  type: ZGridEventType,
  subtype: z.string().trim().max(20, '小类不超过20个字').optional(),
  description: z
    .string({ error: '请说明看到的情况' })
    .trim()
    .min(5, '请把情况说清楚一些（至少5个字）')
    .max(1000, '不超过1000个字'),
  point: ZPoint,
  coordinate: z.enum(['gcj02', 'wgs84']).default('gcj02'),
  urgency: ZGridUrgency.default('normal'),
  people: z.array(ZGridPerson).max(10, '最多10人').default([]),
  /** Required of grid workers (photo first); a resident's lighter report may come without. */
  photos: z.array(ZFileId).max(9, '最多9张照片').default([]),
  clientAt: ZEpochMs,
});
export type TReportInput = z.input<typeof ZReportInput>;

export const ZNearbyInput = z.strictObject({
  type: ZGridEventType,
  point: ZPoint,
  coordinate: z.enum(['gcj02', 'wgs84']).default('gcj02'),
});

export const ZListInput = z.strictObject({
  /** mine: what I reported; unit: my unit's to-do; street: events in my scope to accept and dispatch. */
  box: z.enum(['mine', 'unit', 'street']),
  open: z.boolean().default(true),
});

/** One workflow step; each step names exactly what it needs, so a reply without a photo never parses. */
const ZStepInput = z.discriminatedUnion(
  'step',
  [
    z.strictObject({ step: z.literal('accept'), ...ref, note }),
    z.strictObject({ step: z.literal('return'), ...ref, note: reason }),
    z.strictObject({ step: z.literal('dispatch'), ...ref, unitId: ZId, note }),
    z.strictObject({ step: z.literal('take'), ...ref, note }),
    z.strictObject({ step: z.literal('send_back'), ...ref, note: reason }),
    z.strictObject({
      step: z.literal('reply'),
      ...ref,
      note: z.string({ error: '请填写处置结果' }).trim().min(2, '请填写处置结果').max(500, '不超过500个字'),
      photos: photos('请拍一张处置后的照片'),
    }),
    z.strictObject({ step: z.literal('ask_extension'), ...ref, note: reason, until: ZEpochMs }),
    z.strictObject({ step: z.literal('approve_extension'), ...ref, note }),
    z.strictObject({ step: z.literal('refuse_extension'), ...ref, note }),
    z.strictObject({
      step: z.literal('verify_pass'),
      ...ref,
      note,
      photos: photos('请到现场拍一张核查照片'),
    }),
    z.strictObject({
      step: z.literal('verify_fail'),
      ...ref,
      note: reason,
      photos: photos('请到现场拍一张核查照片'),
    }),
    z.strictObject({ step: z.literal('close'), ...ref, note }),
    z.strictObject({
      step: z.literal('resolve_on_spot'),
      ...ref,
      note: z
        .string({ error: '请写明怎么解决的' })
        .trim()
        .min(2, '请写明怎么解决的')
        .max(500, '不超过500个字'),
      photos: photos('请拍一张解决后的照片'),
    }),
  ],
  { error: '不支持的操作' },
);

/**
 * The envelope first, strict, so an unknown key (an `openid` above all) is refused as everywhere else;
 * then the step's own shape.
 */
export const ZActInput = z
  .strictObject({
    step: z.string({ error: '不支持的操作' }).max(30, '不支持的操作'),
    eventId: ZId,
    note: z.string().max(500, '说明不超过500个字').optional(),
    photos: z.array(ZFileId).max(9, '最多9张照片').optional(),
    unitId: ZId.optional(),
    until: ZEpochMs.optional(),
  })
  .pipe(ZStepInput);
/** What the app sends for a step: typed per step, checked by ZActInput. */
export type TActInput = z.input<typeof ZStepInput>;

/** A dispute becomes a mediation case, prefilled from the event; the other party defaults to its first person. */
export const ZToCaseInput = z.strictObject({
  ...ref,
  clientKey: ZClientKey,
  disputeType: ZDisputeType,
  otherPartyName: z.string().trim().min(1, '请填写对方姓名').max(20, '姓名不超过20个字').optional(),
});

export const ZUnitsInput = z.strictObject({ activeOnly: z.boolean().default(true) });

export const ZSaveUnitInput = z.strictObject({
  id: ZId.optional(),
  name: z.string({ error: '请填写单位名称' }).trim().min(2, '请填写单位名称').max(30, '名称不超过30个字'),
  kind: ZUnitKind,
  /** The village node a community office serves, or the town a department serves. */
  areaId: ZId,
  staffUserIds: z.array(ZId).max(30, '工作人员最多30人').default([]),
  superiorName: z.string().trim().max(30, '不超过30个字').optional(),
  active: z.boolean().default(true),
});
