import { z } from 'zod';
import { ZEpochMs, ZId } from './models';

export { type HeldField, ZHeldField } from './models';
export { heldFieldLabels, heldTexts, helpLine } from './plain/moderation';

/** What a held text is, in the admin's words. */
export const heldKinds = [
  'message',
  'consultation',
  'case',
  'follow_up',
  'profile',
  'mediator',
  'legal_aid',
] as const;
export const ZHeldKind = z.enum(heldKinds);
export type HeldKind = z.infer<typeof ZHeldKind>;
export const heldKindLabels: Record<HeldKind, string> = {
  message: '聊天消息',
  consultation: '咨询描述',
  case: '调解案件',
  follow_up: '回访记录',
  profile: '个人资料',
  mediator: '调解员资料',
  legal_aid: '法律援助',
};

export const ZHeldStatus = z.enum(['held', 'approved', 'rejected']);
export type HeldStatus = z.infer<typeof ZHeldStatus>;
export const heldStatusLabels: Record<HeldStatus, string> = {
  held: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

/** One held text as the admin's screen lists it: what, where, by whom, and the text itself. */
export const ZHeldItem = z.object({
  id: ZId,
  kind: ZHeldKind,
  kindLabel: z.string(),
  /** Which field, in words (对方姓名, 取消原因 …). */
  fieldLabel: z.string(),
  /** Where it belongs, in words: a case number, a consultation's dispute type. */
  context: z.string(),
  text: z.string(),
  writerName: z.string(),
  status: ZHeldStatus,
  createdAt: ZEpochMs,
  decidedAt: ZEpochMs.optional(),
  decidedByName: z.string().optional(),
});
export type HeldItem = z.infer<typeof ZHeldItem>;
