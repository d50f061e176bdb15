import { z } from 'zod';
import { ZPlace } from '../booking';
import { ZCaseDetail, ZCaseSummary, ZFollowUp } from '../case/models';
import { ZCaseReportInput } from '../case/report';
import { defineAction } from '../contract';
import { ZDocumentFile } from '../documents';
import { ZDisputeType, ZEpochMs } from '../models';
import { caseAgreementContract } from './case-agreement';
import {
  ZAttendInput,
  ZCaseId,
  ZFollowUpInput,
  ZInviteToken,
  ZRevealPhoneInput,
  ZTransitionInput,
  ZWorkbenchInput,
} from './case-inputs';

const staff = ['mediator', 'admin'] as const;
const everyone = ['resident', 'mediator', 'admin'] as const;
const list = z.object({ items: z.array(ZCaseSummary) });

/** The `case` function: a dispute case from intake to follow-up. */
export const caseContract = {
  get: defineAction({
    summary: '案件详情：状态、下一步、时间线、协议、回访；只有当事居民、本案调解员和管理员可看',
    audience: everyone,
    input: ZCaseId,
    output: ZCaseDetail,
    errors: ['NOT_FOUND'],
  }),
  mine: defineAction({
    summary: '居民的案件列表，新的在前',
    audience: ['resident'],
    input: z.strictObject({}),
    output: list,
    errors: [],
  }),
  workbench: defineAction({
    summary: '调解员的案件：进行中、已办结',
    audience: staff,
    input: ZWorkbenchInput,
    output: list,
    errors: [],
  }),
  transition: defineAction({
    summary: '按状态表推进案件：受理、开始调解、调解成功（填写协议）、调解未成功（转介）、结案',
    audience: staff,
    input: ZTransitionInput,
    output: ZCaseDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  agreement: defineAction({
    summary: '生成人民调解协议书（Word 文档 协议书-案号.docx，可打印签字），返回一小时内有效的下载地址',
    audience: everyone,
    input: ZCaseId,
    output: ZDocumentFile,
    errors: ['NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'],
  }),
  recordReport: defineAction({
    summary:
      '本案调解员（或管理员）填写上报司法部的案件信息：来源、协议金额、涉及人数、防止转化为刑事案件或群体性上访的人数、期限；记入审计日志',
    audience: staff,
    input: ZCaseReportInput,
    output: ZCaseDetail,
    errors: ['NOT_FOUND'],
  }),
  revealPhone: defineAction({
    summary: '本案调解员查看当事人的完整电话以便拨打；每次查看都记入审计日志',
    audience: ['mediator'],
    input: ZRevealPhoneInput,
    output: z.object({ phone: z.string() }),
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  followUps: defineAction({
    summary: '调解员的回访任务：协议达成后第7天和第30天，到期的在前',
    audience: staff,
    input: z.strictObject({}),
    output: z.object({ items: z.array(ZFollowUp) }),
    errors: [],
  }),
  recordFollowUp: defineAction({
    summary: '记录回访：协议是否履行',
    audience: staff,
    input: ZFollowUpInput,
    output: ZFollowUp,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
  }),
  invite: defineAction({
    summary: '生成邀请对方当事人的一次性链接（小程序卡片）',
    audience: ['resident', 'mediator'],
    input: ZCaseId,
    output: z.object({ token: ZInviteToken, path: z.string() }),
    errors: ['NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'],
  }),
  inviteInfo: defineAction({
    summary: '对方当事人打开邀请卡片看到的信息（不含对方电话）',
    audience: 'anyone',
    input: z.strictObject({ token: ZInviteToken }),
    output: z.object({
      caseNumber: z.string(),
      disputeType: ZDisputeType,
      residentName: z.string(),
      mediatorName: z.string(),
      startAt: ZEpochMs.optional(),
      place: ZPlace,
      used: z.boolean(),
    }),
    errors: ['NOT_FOUND'],
  }),
  confirmAttendance: defineAction({
    summary: '对方当事人确认是否参加调解（邀请只能用一次）',
    audience: 'anyone',
    input: ZAttendInput,
    output: z.object({ attend: z.boolean() }),
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  ...caseAgreementContract,
};
