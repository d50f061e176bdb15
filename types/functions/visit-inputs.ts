import { z } from 'zod';
import { ZClientKey } from '../idempotency';
import { ZDisputeType, ZEpochMs, ZId } from '../models';
import { coordSystems, screenedTargets } from '../plain/team';
import { ZVisitRecordKind } from '../team/models';
import { ZFileId } from '../uploads';

/** One reading of `getLocation` (or the browser's geolocation), in the system the phone reported. */
export const ZLocationSample = z.strictObject({
  lng: z.number({ error: '缺少经度' }).min(73, '经度不在国内').max(136, '经度不在国内'),
  lat: z.number({ error: '缺少纬度' }).min(3, '纬度不在国内').max(54, '纬度不在国内'),
  /** Metres, as the phone reports it. */
  accuracy: z.number({ error: '缺少定位精度' }).min(0, '定位精度有误').max(100_000, '定位精度有误'),
  /** The phone's time of this reading. */
  at: ZEpochMs,
});

/**
 * What the phone sends for a check-in or a sign-out: several readings over a few seconds, the system they
 * are in (the function converts WGS-84 to GCJ-02 before any polygon test), the live photo already uploaded,
 * when it was taken and when it is being sent (both by the phone's clock: their difference is how long it
 * waited offline; the second against the server's clock is the phone's clock error).
 */
export const ZStampInput = {
  system: z.enum(coordSystems, { error: '缺少坐标系' }),
  samples: z.array(ZLocationSample).min(1, '没有取得定位，请到开阔处再试').max(10, '定位次数太多'),
  photoFileId: ZFileId,
  clientAt: ZEpochMs,
  sentAt: ZEpochMs,
  /** One per check-in on the phone: an offline check-in sent twice is one visit. */
  clientKey: ZClientKey,
};

export const ZCheckInInput = z.strictObject({ villageId: ZId, ...ZStampInput });
export type TCheckInInput = z.input<typeof ZCheckInInput>;

export const ZCheckOutInput = z.strictObject({ visitId: ZId, ...ZStampInput });
export type TCheckOutInput = z.input<typeof ZCheckOutInput>;

const ZPersonName = z.string().trim().min(1, '请填写姓名').max(20, '姓名不超过20个字');

/** A dispute found while screening, with what a consultation or a case needs to start from it. */
export const ZScreenedDispute = z.strictObject({
  disputeType: ZDisputeType,
  partyName: ZPersonName,
  otherPartyName: ZPersonName,
  relation: z.string().trim().min(1, '请填写双方关系').max(20, '关系不超过20个字'),
  description: z
    .string({ error: '请描述纠纷经过' })
    .trim()
    .min(10, '请把纠纷经过说清楚一些（至少10个字）')
    .max(1000, '不超过1000个字'),
});
export type TScreenedDispute = z.input<typeof ZScreenedDispute>;

export const ZRecordActivityInput = z
  .strictObject({
    visitId: ZId,
    kind: ZVisitRecordKind,
    topic: z
      .string({ error: '请填写主题' })
      .trim()
      .min(2, '请填写主题（至少2个字）')
      .max(60, '主题不超过60个字'),
    attendance: z.number().int('人数要是整数').min(0, '人数不能是负数').max(10_000, '人数太多').optional(),
    note: z.string().trim().max(500, '备注不超过500个字').optional(),
    photoFileIds: z.array(ZFileId).max(9, '最多9张照片').default([]),
    /** Required for a screening that found a dispute; it can then become a consultation or a case. */
    dispute: ZScreenedDispute.optional(),
    clientKey: ZClientKey,
  })
  .refine((r) => r.kind === 'screening' || r.dispute === undefined, {
    message: '只有矛盾纠纷排查才填写纠纷',
    path: ['dispute'],
  });
export type TRecordActivityInput = z.input<typeof ZRecordActivityInput>;

export const ZScreenedToCaseInput = z.strictObject({
  recordId: ZId,
  to: z.enum(screenedTargets, { error: '请选择转为咨询或调解' }),
  clientKey: ZClientKey,
});

export const ZMineInput = z.strictObject({
  /** `YYYY-MM`; omitted: the current Beijing month. */
  month: z
    .string()
    .max(7, '月份格式不对')
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式不对')
    .optional(),
});
