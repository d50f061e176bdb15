import { z } from 'zod';
import { ZAvailability, ZMediatorBrief, ZSlotDay } from '../booking';
import { ZCaseDetail, ZCaseSummary } from '../case/models';
import { defineAction } from '../contract';
import { ZDisputeType } from '../models';
import { ZSubscribePurpose } from '../subscriptions';
import {
  ZAvailabilityQuery,
  ZCancelInput,
  ZCaseRef,
  ZCreateBookingInput,
  ZDeclineInput,
  ZPrefillInput,
  ZProposeInput,
  ZRescheduleInput,
  ZRespondInput,
  ZSetAvailabilityInput,
  ZSlotsInput,
} from './booking-inputs';

const staff = ['mediator', 'admin'] as const;
const everyone = ['resident', 'mediator', 'admin'] as const;
const slotErrors = ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'] as const;

/** The `booking` function: availability, free slots, and every change to an appointment. */
export const bookingContract = {
  availability: defineAction({
    summary: '查看调解员的工作时间、每次时长和休息日（管理员可指定调解员）',
    audience: staff,
    input: ZAvailabilityQuery,
    output: ZAvailability,
    errors: ['NOT_FOUND'],
  }),
  setAvailability: defineAction({
    summary: '设置每周工作时间、每次时长、休息日和居民自行取消的提前时间',
    audience: staff,
    input: ZSetAvailabilityInput,
    output: ZAvailability,
    errors: ['NOT_FOUND'],
  }),
  slots: defineAction({
    summary: '可预约的时段（北京时间，按天分组，已约出的不显示）；不指定调解员时按类型和村自动安排',
    audience: everyone,
    input: ZSlotsInput,
    output: z.object({ mediator: ZMediatorBrief, days: z.array(ZSlotDay) }),
    errors: ['NOT_FOUND'],
  }),
  prefill: defineAction({
    summary: '从转为调解案件的咨询带出纠纷类型和描述',
    audience: ['resident'],
    input: ZPrefillInput,
    output: z.object({ disputeType: ZDisputeType, description: z.string() }),
    errors: ['NOT_FOUND'],
  }),
  create: defineAction({
    summary: '居民预约调解：一个时段只能被一个预约占用，同时抢同一时段只有一人成功',
    audience: ['resident'],
    input: ZCreateBookingInput,
    output: ZCaseDetail,
    errors: ['NOT_FOUND', 'CONFLICT', 'CONTENT_RISKY', 'RATE_LIMITED'],
  }),
  confirm: defineAction({
    summary: '调解员确认预约：受理并排期，通知居民，前一天提醒',
    audience: staff,
    input: ZCaseRef,
    output: ZCaseDetail,
    errors: slotErrors,
  }),
  decline: defineAction({
    summary: '调解员不予受理（必须写原因），时段释放',
    audience: staff,
    input: ZDeclineInput,
    output: ZCaseDetail,
    errors: slotErrors,
  }),
  propose: defineAction({
    summary: '调解员建议另一个时间，保存时再次检查冲突，等居民同意',
    audience: staff,
    input: ZProposeInput,
    output: ZCaseDetail,
    errors: slotErrors,
  }),
  respond: defineAction({
    summary: '居民同意或不同意调解员建议的时间',
    audience: ['resident'],
    input: ZRespondInput,
    output: ZCaseDetail,
    errors: slotErrors,
  }),
  reschedule: defineAction({
    summary: '改约时间（已确认的预约最多改两次），保存时再次检查冲突，旧时段的提醒取消',
    audience: everyone,
    input: ZRescheduleInput,
    output: ZCaseDetail,
    errors: slotErrors,
  }),
  cancel: defineAction({
    summary: '取消预约：居民须写原因并至少提前24小时（可配置），调解员可随时取消',
    audience: everyone,
    input: ZCancelInput,
    output: ZCaseDetail,
    errors: slotErrors,
  }),
  pending: defineAction({
    summary: '调解员待处理的预约：待确认、待居民回复',
    audience: staff,
    input: z.strictObject({}),
    output: z.object({ items: z.array(ZCaseSummary) }),
    errors: [],
  }),
  subscriptions: defineAction({
    summary: '还需要向用户申请的订阅消息（额度用完的模板）',
    audience: everyone,
    input: z.strictObject({}),
    output: z.object({ needed: z.array(ZSubscribePurpose) }),
    errors: [],
  }),
  grantSubscriptions: defineAction({
    summary: '记录用户在订阅弹窗中同意的模板（每同意一次可发送一次）',
    audience: everyone,
    input: z.strictObject({ accepted: z.array(ZSubscribePurpose).max(5) }),
    output: z.object({ needed: z.array(ZSubscribePurpose) }),
    errors: [],
  }),
};
