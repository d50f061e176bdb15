import { z } from 'zod';
import { ZAvailability, ZPlace } from '../booking';
import { ZClientKey } from '../idempotency';
import { ZDisputeType, ZEpochMs, ZId } from '../models';

const reason = z
  .string({ error: '请填写原因' })
  .trim()
  .min(2, '请填写原因（至少2个字）')
  .max(200, '原因不超过200个字');

export const ZOtherPartyInput = z.strictObject({
  name: z.string({ error: '请填写对方姓名' }).trim().min(1, '请填写对方姓名').max(20, '姓名不超过20个字'),
  phone: z
    .string()
    .trim()
    .max(11, '请填写11位手机号，或留空')
    .regex(/^1\d{10}$/, '请填写11位手机号，或留空')
    .optional(),
  relation: z
    .string({ error: '请填写与对方的关系' })
    .trim()
    .min(1, '请填写与对方的关系')
    .max(20, '关系不超过20个字'),
  village: z
    .string({ error: '请填写对方所在村' })
    .trim()
    .min(1, '请填写对方所在村')
    .max(30, '村名不超过30个字'),
});

export const ZCreateBookingInput = z.strictObject({
  disputeType: ZDisputeType,
  description: z
    .string({ error: '请描述纠纷经过' })
    .trim()
    .min(10, '请把纠纷经过说清楚一些（至少10个字）')
    .max(1000, '不超过1000个字'),
  otherParty: ZOtherPartyInput,
  address: z.string().trim().max(60, '地址不超过60个字').optional(),
  /**
   * The village (a node of the area tree) where the dispute is, when it is not the resident's own; omitted:
   * the resident's village. The case is counted and seen there (statistics, the town's office).
   */
  areaId: ZId.optional(),
  mediatorId: ZId,
  startAt: ZEpochMs,
  place: ZPlace,
  /** The resident's own consultation closed as "转为调解案件" (anyone else's is NOT_FOUND); a loose link. */
  fromConsultationId: ZId.optional(),
  /** One per booking form: a double tap or a retry answers the first booking instead of a second one. */
  clientKey: ZClientKey.optional(),
});
export type TCreateBookingInput = z.input<typeof ZCreateBookingInput>;

export const ZSlotsInput = z.strictObject({
  /** Omitted: the system picks a mediator by dispute type and village. */
  mediatorId: ZId.optional(),
  disputeType: ZDisputeType.optional(),
  village: z.string().trim().max(30).optional(),
});

export const ZAvailabilityQuery = z.strictObject({ mediatorId: ZId.optional() });
export const ZSetAvailabilityInput = ZAvailability.extend({ mediatorId: ZId.optional() }).strict();

export const ZCaseRef = z.strictObject({ caseId: ZId });
export const ZDeclineInput = z.strictObject({ caseId: ZId, reason });
export const ZCancelInput = z.strictObject({ caseId: ZId, reason });
export const ZProposeInput = z.strictObject({ caseId: ZId, startAt: ZEpochMs, reason: reason.optional() });
export const ZRescheduleInput = z.strictObject({ caseId: ZId, startAt: ZEpochMs, reason: reason.optional() });
export const ZRespondInput = z.strictObject({ caseId: ZId, accept: z.boolean() });

export const ZPrefillInput = z.strictObject({ consultationId: ZId });
