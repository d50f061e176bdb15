import { z } from 'zod';
import { chatLimits, ZOutcome } from '../consultation';
import { ZClientKey } from '../idempotency';
import { ZDisputeType, ZId } from '../models';
import { ZFileId } from '../uploads';

/**
 * A photo the sender already uploaded into their own chat folder (`uploadFolderOf(userId, 'chat')`, checked by
 * the function); size as the phone reported it, checked before upload too.
 */
export const ZPhotoUpload = z.strictObject({
  fileID: ZFileId,
  size: z.number().int().positive().max(chatLimits.photoBytesMax, '图片不能超过5MB，请换一张'),
});

export const ZStartInput = z.strictObject({
  disputeType: ZDisputeType,
  description: z
    .string()
    .trim()
    .min(chatLimits.descriptionMin, `请把事情说得详细一点（至少${chatLimits.descriptionMin}个字）`)
    .max(chatLimits.descriptionMax, `描述不超过${chatLimits.descriptionMax}个字`),
  photos: z
    .array(ZPhotoUpload)
    .max(chatLimits.photosMax, `最多上传${chatLimits.photosMax}张图片`)
    .default([]),
  /** A mediator the resident chose; without it the system assigns one. */
  mediatorId: ZId.optional(),
  /** Client-made key so a retried start never opens two consultations. */
  clientKey: ZClientKey,
});
export type TStartInput = z.input<typeof ZStartInput>;

export const ZById = z.strictObject({ consultationId: ZId });

/** 全部 (every consultation of the mediator, open or closed), 待我回复, 待居民回复, 已结束. */
export const ZInboxFilter = z.enum(['all', 'mine', 'resident', 'closed'], { error: '请选择筛选条件' });
export type InboxFilter = z.infer<typeof ZInboxFilter>;
export const ZInboxInput = z.strictObject({ filter: ZInboxFilter.default('mine') });

export const ZCloseInput = z.strictObject({ consultationId: ZId, outcome: ZOutcome });

export const ZRateInput = z.strictObject({
  consultationId: ZId,
  /** Omitted means the resident skipped rating; either way they are not asked again. */
  rating: z.number().int('请选择1到5颗星').min(1, '请选择1到5颗星').max(5, '请选择1到5颗星').optional(),
});

export const ZReassignInput = z.strictObject({ consultationId: ZId, mediatorId: ZId });

export const ZNoteInput = z.strictObject({
  consultationId: ZId,
  note: z.string().trim().max(2000, '备注不超过2000个字'),
});

export const ZQuickReplyInput = z.strictObject({
  id: ZId.optional(),
  text: z.string().trim().min(1, '请填写常用语').max(200, '常用语不超过200个字'),
  /** One per tap on 保存: a double tap stores the reply once. */
  clientKey: ZClientKey.optional(),
});

export const ZOnlineInput = z.strictObject({ online: z.boolean({ error: '请选择上线或下线' }) });
