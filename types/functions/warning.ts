import { z } from 'zod';
import { defineAction } from '../contract';
import { ZId } from '../models';
import { warningOutcomes } from '../plain/warning';
import { ZWarning } from '../warning/models';
import { ZWarningRules } from '../warning/rules';

const admin = ['admin'] as const;

export const ZWarningListInput = z.strictObject({
  /** active: waiting or acknowledged, most urgent first; done: handled or cleared, newest first. */
  tab: z.enum(['active', 'done'], { error: '请选择列表' }).default('active'),
});
export type TWarningListInput = z.input<typeof ZWarningListInput>;

export const ZWarningId = z.strictObject({ warningId: ZId });

export const ZHandleWarningInput = z.strictObject({
  warningId: ZId,
  outcome: z.enum(warningOutcomes, { error: '请选择处置结果' }),
});
export type THandleWarningInput = z.input<typeof ZHandleWarningInput>;

/** The `warning` function: the early warning of disputes for the judicial office. */
export const warningContract = {
  list: defineAction({
    summary: '司法所的矛盾纠纷预警列表：红、橙、黄三级，写明预警原因；待处置的按紧急程度在前',
    audience: admin,
    input: ZWarningListInput,
    output: z.object({ items: z.array(ZWarning) }),
    errors: [],
  }),
  acknowledge: defineAction({
    summary: '管理员确认已知悉一条预警（记入审计日志）',
    audience: admin,
    input: ZWarningId,
    output: ZWarning,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  handle: defineAction({
    summary: '管理员登记一条预警的处置结果（记入审计日志）；等级再升高时预警重新打开',
    audience: admin,
    input: ZHandleWarningInput,
    output: ZWarning,
    errors: ['NOT_FOUND', 'CONFLICT'],
  }),
  rules: defineAction({
    summary: '当前的预警规则：涉及人数、关键词、反复纠纷、调解未成功且期限临近，各自的等级',
    audience: admin,
    input: z.strictObject({}),
    output: ZWarningRules,
    errors: [],
  }),
  setRules: defineAction({
    summary: '管理员修改预警规则（整套保存，记入审计日志）；此后新登记或变更的案件、咨询按新规则评估',
    audience: admin,
    input: ZWarningRules,
    output: ZWarningRules,
    errors: [],
  }),
};
