import { z } from 'zod';
import { ZConsultation, ZQuickReply } from '../consultation';
import { defineAction } from '../contract';
import { ZDocumentFile } from '../documents';
import { ZId } from '../models';
import {
  ZById,
  ZCloseInput,
  ZInboxInput,
  ZNoteInput,
  ZOnlineInput,
  ZQuickReplyInput,
  ZRateInput,
  ZReassignInput,
  ZStartInput,
} from './consultation-inputs';

const resident = ['resident'] as const;
const mediator = ['mediator'] as const;
const participants = ['resident', 'mediator', 'admin'] as const;
const list = z.object({ items: z.array(ZConsultation) });

/** The `consultation` function: asking a mediator, the mediator's inbox and tools, and what follows closing. */
export const consultationContract = {
  start: defineAction({
    summary: '居民发起咨询：选类型、描述、可附图；可指定调解员，否则按擅长类型和接待上限自动分配，满员则排队',
    audience: resident,
    input: ZStartInput,
    output: ZConsultation,
    errors: ['RATE_LIMITED', 'CONTENT_RISKY', 'NOT_FOUND'],
  }),
  listMine: defineAction({
    summary: '居民的咨询列表，最近有消息的在前，带未读数',
    audience: resident,
    input: z.strictObject({}),
    output: list,
    errors: [],
  }),
  get: defineAction({
    summary: '一次咨询的详情（参与的居民、调解员或管理员）；居民看不到调解员的私人备注',
    audience: participants,
    input: ZById,
    output: ZConsultation,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  inbox: defineAction({
    summary: '调解员的咨询收件箱：全部、待我回复、待居民回复、已结束',
    audience: mediator,
    input: ZInboxInput,
    output: list,
    errors: [],
  }),
  close: defineAction({
    summary: '调解员结束咨询并记录处理结果；空出的接待名额立即分给排队最久的咨询',
    audience: ['mediator', 'admin'],
    input: ZCloseInput,
    output: ZConsultation,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  rate: defineAction({
    summary: '居民为已结束的咨询评分（可跳过，只能一次）',
    audience: resident,
    input: ZRateInput,
    output: ZConsultation,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  transcript: defineAction({
    summary:
      '生成咨询记录（Word 文档 咨询记录-日期.docx：双方、时间、全部已通过的消息），返回一小时内有效的下载地址',
    audience: participants,
    input: ZById,
    output: ZDocumentFile,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'RATE_LIMITED'],
  }),
  reassign: defineAction({
    summary: '管理员把咨询改派给另一位调解员',
    audience: ['admin'],
    input: ZReassignInput,
    output: ZConsultation,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  saveNote: defineAction({
    summary: '调解员写咨询的私人备注（居民永远看不到）',
    audience: mediator,
    input: ZNoteInput,
    output: z.object({ note: z.string() }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  quickReplies: defineAction({
    summary: '调解员的常用语（没有设置时给一组默认的）',
    audience: mediator,
    input: z.strictObject({}),
    output: z.object({ items: z.array(ZQuickReply) }),
    errors: [],
  }),
  saveQuickReply: defineAction({
    summary: '新增或修改一条常用语（最多20条）',
    audience: mediator,
    input: ZQuickReplyInput,
    output: ZQuickReply,
    errors: ['NOT_FOUND', 'CONFLICT', 'CONTENT_RISKY', 'CONTENT_REVIEW'],
  }),
  deleteQuickReply: defineAction({
    summary: '删除一条常用语',
    audience: mediator,
    input: z.strictObject({ id: ZId }),
    output: z.object({ deleted: z.boolean() }),
    errors: ['NOT_FOUND'],
  }),
  setOnline: defineAction({
    summary: '调解员上线或下线；上线时立即接待排队中的咨询',
    audience: mediator,
    input: ZOnlineInput,
    output: z.object({ online: z.boolean(), assigned: z.number().int() }),
    errors: ['NOT_FOUND'],
  }),
};
