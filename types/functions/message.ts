import { z } from 'zod';
import { chatLimits, ZMessage } from '../consultation';
import { defineAction } from '../contract';
import { ZEpochMs, ZId } from '../models';
import { ZPhotoUpload } from './consultation-inputs';

/** Made by the client once per message, kept across retries: a resend after a network drop is the same. */
export const ZClientMsgId = z
  .string()
  .max(40, '消息编号格式不对')
  .regex(/^[\w-]{8,40}$/, '消息编号格式不对');

export const ZSendInput = z
  .strictObject({
    consultationId: ZId,
    clientMsgId: ZClientMsgId,
    text: z
      .string()
      .trim()
      .min(1, '请输入内容')
      .max(chatLimits.textMax, `一条消息不超过${chatLimits.textMax}个字，请分几条发`)
      .optional(),
    photo: ZPhotoUpload.optional(),
  })
  // One strict object rather than a union, so an unknown key (an `openid` above all) is named as such.
  .refine((m) => (m.text === undefined) !== (m.photo === undefined), {
    message: '请输入内容或选择一张图片',
    path: ['text'],
  });
export type TSendInput = z.input<typeof ZSendInput>;

export const ZHistoryInput = z.strictObject({
  consultationId: ZId,
  /** Messages strictly older than this; omitted for the newest page. */
  before: ZEpochMs.optional(),
  limit: z.number().int().min(1).max(100).default(chatLimits.historyPage),
});

/** The `message` function: the chat of one consultation. */
export const messageContract = {
  send: defineAction({
    summary:
      '发送文字或图片；文字先过内容安全（需审核的只有自己可见），图片审核通过前对方看不到；重发同一编号不会重复',
    audience: ['resident', 'mediator'],
    input: ZSendInput,
    output: ZMessage,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'RATE_LIMITED', 'CONTENT_RISKY'],
  }),
  history: defineAction({
    summary: '分页读取聊天记录，新的在后；只含自己能看的消息',
    audience: ['resident', 'mediator', 'admin'],
    input: ZHistoryInput,
    output: z.object({ items: z.array(ZMessage), hasMore: z.boolean() }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  markRead: defineAction({
    summary: '标记已读（清零自己的未读数）；聊天页打开时定时调用，表示本人正在看',
    audience: ['resident', 'mediator'],
    input: z.strictObject({ consultationId: ZId, leaving: z.boolean().optional() }),
    output: z.object({ unread: z.number().int() }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
};
