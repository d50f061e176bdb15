import { z } from 'zod';
import { ZEpochMs, ZId } from './models';

/**
 * Text that content security wants a person to look at is held, never refused: its writer sees it marked
 * 审核中, everyone else sees a placeholder until an admin approves it. These are the words for both.
 */
export const heldTexts = {
  /** What others read in place of held text. */
  pending: '（这段内容正在审核，通过后可见）',
  /** What others read in place of text an admin rejected. */
  rejected: '（这段内容未通过审核）',
} as const;

/** Where a resident can always reach a person, shown with every refusal of their text. */
export const helpLine = { number: '12348', label: '12348 公共法律服务热线' } as const;

export { type HeldField, ZHeldField } from './models';

/** The fields that can be held, in the writer's words (server paths as keys). */
export const heldFieldLabels: Record<string, string> = {
  description: '描述',
  'otherParty.name': '对方姓名',
  'otherParty.relation': '与对方的关系',
  'otherParty.village': '对方所在村',
  address: '地址',
  'booking.reason': '原因',
  timelineNote: '备注',
  'referral.note': '转介说明',
  agreement: '调解协议',
  nickname: '称呼',
  village: '村（社区）',
};

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
