import { z } from 'zod';
import { ZCaseDetail } from '../case/models';
import { ZPartyCase, ZVerifyResult } from '../case/party';
import { ZSigning } from '../case/signing';
import { defineAction } from '../contract';
import { ZDocumentFile } from '../documents';
import { ZCaseId } from './case-inputs';
import {
  ZAmendInput,
  ZCaseCodeInput,
  ZIdMaterialInput,
  ZJoinInput,
  ZJudicialOutcomeInput,
  ZOpenCodeInput,
  ZSignInput,
  ZVerifyInput,
} from './case-party-inputs';

const everyone = ['resident', 'mediator', 'admin'] as const;

/**
 * The `case` function's actions from the agreement to the court: the other party in the app, both
 * parties' signatures, verification of a signed document, judicial confirmation, the referral when
 * mediation fails, and the case's own code (一案一码).
 */
export const caseAgreementContract = {
  join: defineAction({
    summary: '对方当事人通过一次性邀请登记为本案当事人（真实姓名、手机号），并回复是否参加',
    audience: ['resident'],
    input: ZJoinInput,
    output: z.object({ caseId: z.string() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  asParty: defineAction({
    summary: '对方当事人看到的案件：时间、地点、调解员、双方可见的经过、待签的协议；不含申请人的材料',
    audience: ['resident'],
    input: ZCaseId,
    output: ZPartyCase,
    errors: ['NOT_FOUND'],
  }),
  signing: defineAction({
    summary: '协议全文、指纹和签名情况；当事人签名前阅读全文',
    audience: everyone,
    input: ZCaseId,
    output: ZSigning,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  sign: defineAction({
    summary: '当事人在手机上手写签名确认协议：记录签名人、实名、服务器时间和所签全文的SHA-256',
    audience: ['resident'],
    input: ZSignInput,
    output: ZSigning,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'BAD_REQUEST'],
  }),
  amendAgreement: defineAction({
    summary: '调解员修改协议条款；已有的签名全部作废，通知双方重新签名',
    audience: ['mediator', 'admin'],
    input: ZAmendInput,
    output: ZCaseDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  verify: defineAction({
    summary: '任何人凭核验码核对协议书：原件、正文被改、签名被改',
    audience: 'anyone',
    input: ZVerifyInput,
    output: ZVerifyResult,
    errors: ['NOT_FOUND', 'NOT_REGISTERED', 'BAD_REQUEST', 'RATE_LIMITED'],
  }),
  addIdMaterial: defineAction({
    summary: '当事人为司法确认申请添加自己的身份证照片（仅限本人上传的文件）',
    audience: ['resident'],
    input: ZIdMaterialInput,
    output: z.object({ count: z.number().int() }),
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'BAD_REQUEST'],
  }),
  judicialPackage: defineAction({
    summary: '双方签名后，任一方生成司法确认申请材料（申请书、协议书、调解委员会材料、身份证明，一份Word）',
    audience: ['resident'],
    input: ZCaseId,
    output: ZDocumentFile,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'RATE_LIMITED'],
  }),
  recordJudicial: defineAction({
    summary: '记录当事人报告的司法确认结果：确认有效或驳回，及裁定书编号',
    audience: everyone,
    input: ZJudicialOutcomeInput,
    output: ZSigning,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'CONTENT_RISKY'],
  }),
  referralPackage: defineAction({
    summary: '调解未成功时的转介材料（在线立案、仲裁或法律援助），预填案件经过',
    audience: everyone,
    input: ZCaseId,
    output: ZDocumentFile,
    errors: ['NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'],
  }),
  code: defineAction({
    summary: '一案一码：案件的二维码（小程序码或普通二维码），扫码的人能否看到由案件权限决定',
    audience: everyone,
    input: ZCaseCodeInput,
    output: z.object({ scene: z.string(), imageUrl: z.string().optional() }),
    errors: ['NOT_FOUND', 'RATE_LIMITED'],
  }),
  openCode: defineAction({
    summary: '扫一案一码打开案件：答复扫码人可以打开的页面，看不到的案件答复找不到',
    audience: everyone,
    input: ZOpenCodeInput,
    output: z.object({ caseId: z.string(), page: z.string() }),
    errors: ['NOT_FOUND'],
  }),
};
