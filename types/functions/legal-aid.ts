import { z } from 'zod';
import { defineAction } from '../contract';
import { ZClientKey } from '../idempotency';
import { ZApplicationForm, ZDraftForm } from '../legal-aid/form';
import { ZPrecheckInput, ZPrecheckResult } from '../legal-aid/precheck';
import { ZAttachmentRef, ZLegalAidStatus } from '../legal-aid/status';
import { ZApplicationDetail, ZMyApplication, ZQueueItem } from '../legal-aid/views';
import { roles, ZId } from '../models';

const everyone = roles;
const officers = ['legal_aid_officer'] as const;

/** Separate consent (单独同意) for sensitive personal information: no consent, no submission. */
const consentMessage = '请先阅读并同意《敏感个人信息处理说明》';
export const ZConsent = z.strictObject(
  { agreed: z.literal(true, { error: consentMessage }), version: z.string().min(1).max(40) },
  { error: consentMessage },
);

export const ZSubmitInput = z.strictObject({
  form: ZApplicationForm,
  consent: ZConsent,
  /** One per filled-in form: a double tap or a retry answers the first application, never a second. */
  clientKey: ZClientKey.optional(),
});

export const ZDecideInput = z
  .strictObject({
    id: ZId,
    decision: z.enum(['accept', 'refuse', 'request_material'], { error: '请选择决定' }),
    reason: z.string().trim().max(200, '不超过200个字').default(''),
  })
  .refine((d) => d.decision === 'accept' || d.reason.length >= 4, {
    path: ['reason'],
    message: '请写明理由或需要补充的材料（至少4个字）',
  });

const ZDraftOutput = z.object({
  form: ZDraftForm,
  step: z.number(),
  savedAt: z.number().optional(),
  /** Days personal data is kept after the application closes, for the consent text. */
  retentionDays: z.number(),
});

/** The `legalaid` function: pre-check, the resident's application, and the officers' review. */
export const legalAidContract = {
  precheck: defineAction({
    summary: '法律援助自测：不需要个人信息，按法律援助法第31、32、42条和当地收入标准给出结果',
    audience: 'anyone',
    input: ZPrecheckInput,
    output: ZPrecheckResult,
    errors: [],
  }),
  getDraft: defineAction({
    summary: '读取自己的申请草稿（没有草稿时用个人资料预填）',
    audience: everyone,
    input: z.strictObject({}),
    output: ZDraftOutput,
    errors: [],
  }),
  saveDraft: defineAction({
    summary: '保存申请草稿（加密保存），关掉小程序也不丢',
    audience: everyone,
    input: z.strictObject({ form: ZDraftForm, step: z.number().int().min(0).max(50) }),
    output: z.object({ savedAt: z.number() }),
    errors: ['RATE_LIMITED'],
  }),
  submit: defineAction({
    summary: '提交申请：需单独同意敏感个人信息处理，必填项齐全，返回申请编号',
    audience: everyone,
    input: ZSubmitInput,
    output: ZMyApplication,
    errors: ['CONFLICT', 'RATE_LIMITED'],
  }),
  mine: defineAction({
    summary: '我的法律援助申请：状态和理由（不含个人信息）',
    audience: everyone,
    input: z.strictObject({}),
    output: z.object({ items: z.array(ZMyApplication) }),
    errors: [],
  }),
  myApplication: defineAction({
    summary: '申请人查看自己的一份申请（完整信息、照片、进度）',
    audience: everyone,
    input: z.strictObject({ id: ZId }),
    output: ZApplicationDetail,
    errors: ['NOT_FOUND'],
  }),
  addMaterial: defineAction({
    summary: '按要求补充材料（照片和说明），申请回到审查中',
    audience: everyone,
    input: z.strictObject({
      id: ZId,
      attachments: z.array(ZAttachmentRef).min(1, '请至少拍一张照片').max(10, '一次最多10张'),
      note: z.string().trim().max(200, '不超过200个字').default(''),
    }),
    output: ZMyApplication,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  queue: defineAction({
    summary: '法援工作人员的申请列表，可按状态筛选（姓名、身份证号脱敏）',
    audience: officers,
    input: z.strictObject({ status: ZLegalAidStatus.optional() }),
    output: z.object({ items: z.array(ZQueueItem) }),
    errors: ['FORBIDDEN'],
  }),
  get: defineAction({
    summary: '查看一份申请：默认脱敏；reveal 时由本人审查并记录查看日志',
    audience: officers,
    input: z.strictObject({ id: ZId, reveal: z.boolean().default(false) }),
    output: ZApplicationDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  decide: defineAction({
    summary: '审查决定：准予、不予（写明理由）或要求补充材料；通知申请人',
    audience: officers,
    input: ZDecideInput,
    output: ZApplicationDetail,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
};
