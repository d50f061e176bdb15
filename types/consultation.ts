import { z } from 'zod';
import { ZDisputeType, ZEpochMs, ZHeldField, ZId } from './models';

/**
 * The models of consultations and their chat, as the client sees them. The same shapes come back from the
 * functions and, for messages and consultations, from live watches (the client maps watched documents onto
 * these with `watchedMessage`/`watchedConsultation` in src/services, dropping any field not named here).
 */
export const consultationStatuses = ['waiting', 'open', 'closed'] as const;
export const ZConsultationStatus = z.enum(consultationStatuses);
export type ConsultationStatus = z.infer<typeof ZConsultationStatus>;

export const statusLabels: Record<ConsultationStatus, string> = {
  waiting: '排队等待调解员',
  open: '咨询中',
  closed: '已结束',
};

/** How a mediator closes a consultation; `case` means it becomes a mediation case (a booking follows). */
export const outcomes = ['answered', 'advice', 'case', 'referred'] as const;
export const ZOutcome = z.enum(outcomes, { error: '请选择处理结果' });
export type Outcome = z.infer<typeof ZOutcome>;

export const outcomeLabels: Record<Outcome, string> = {
  answered: '已解答',
  advice: '经建议已化解',
  case: '转为调解案件',
  referred: '已转介其他部门',
};

/** Which participant wrote a message; the client shows its own side on the right. */
export const ZSide = z.enum(['resident', 'mediator']);
export type Side = z.infer<typeof ZSide>;

/**
 * A message's state: `sent` is visible to both sides; `review` is held for an admin and `checking` waits
 * for the image check, both visible to the sender only; `refused` failed a check (sender only, with reason).
 */
export const ZMessageStatus = z.enum(['sent', 'review', 'checking', 'refused']);
export type MessageStatus = z.infer<typeof ZMessageStatus>;

export const ZMessage = z.object({
  id: z.string(),
  clientMsgId: z.string(),
  consultationId: ZId,
  side: ZSide,
  kind: z.enum(['text', 'photo']),
  text: z.string().optional(),
  photoUrl: z.string().optional(),
  status: ZMessageStatus,
  refusedReason: z.string().optional(),
  createdAt: ZEpochMs,
});
export type Message = z.infer<typeof ZMessage>;

export const ZMediatorBrief = z.object({
  id: ZId,
  name: z.string(),
  title: z.string().optional(),
  online: z.boolean(),
  hours: z.string().optional(),
});

export const ZConsultation = z.object({
  id: ZId,
  disputeType: ZDisputeType,
  description: z.string(),
  status: ZConsultationStatus,
  /** Who should write next while open: the inbox's 待我回复 / 待居民回复. */
  awaiting: ZSide,
  /** The viewer's side of this consultation (admins see it as the mediator would). */
  mySide: ZSide,
  mediator: ZMediatorBrief.nullable(),
  resident: z.object({ name: z.string(), village: z.string().optional() }),
  unread: z.number().int(),
  /** When the other side last read the chat: messages up to it show 已读; 0 until they first open it. */
  otherReadAt: z.union([ZEpochMs, z.literal(0)]),
  lastMessage: z.string().optional(),
  lastMessageAt: ZEpochMs,
  createdAt: ZEpochMs,
  closedAt: ZEpochMs.optional(),
  outcome: ZOutcome.optional(),
  rating: z.number().int().min(1).max(5).optional(),
  /** The resident skipped rating: the prompt is not shown again. */
  ratingSkipped: z.boolean().optional(),
  /** Private to mediators and admins; never sent to the resident. */
  note: z.string().optional(),
  /**
   * Only in the chat (consultation.get): when a reply can be expected, while nobody can answer now (the
   * mediator is offline or outside their hours, or nobody has taken it yet); and, while it waits, how
   * many consultations are ahead of it in the queue.
   */
  replyFrom: ZEpochMs.optional(),
  queueAhead: z.number().int().optional(),
  /** The resident's own: their description waits for review or was rejected (others see a placeholder). */
  held: z.array(ZHeldField).optional(),
});
export type Consultation = z.infer<typeof ZConsultation>;

export const ZQuickReply = z.object({ id: z.string(), text: z.string() });
export type QuickReply = z.infer<typeof ZQuickReply>;

/** Limits a user can run into, shared by the schemas and the pages' counters. */
export const chatLimits = {
  textMax: 1000,
  descriptionMin: 5,
  descriptionMax: 1000,
  photosMax: 3,
  photoBytesMax: 5 * 1024 * 1024,
  historyPage: 30,
} as const;
