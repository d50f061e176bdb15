import { z } from 'zod';
import { ZGroup, ZMatter, ZSituation } from './matters';

/** The pre-check asks no personal data: the matter, the groups, and a rough household income. */
export const ZPrecheckInput = z.strictObject({
  matter: ZMatter,
  situations: z.array(ZSituation).max(4).default([]),
  groups: z.array(ZGroup).max(3).default([]),
  householdSize: z.number({ error: '请填写家里几口人' }).int().min(1, '至少1人').max(20, '不超过20人'),
  monthlyIncome: z
    .number({ error: '请填写全家每月收入' })
    .int('请填写整数')
    .min(0, '收入不能是负数')
    .max(10_000_000, '数字太大了'),
});
export type TPrecheckInput = z.input<typeof ZPrecheckInput>;
export type TPrecheckAnswers = z.output<typeof ZPrecheckInput>;

export const precheckOutcomes = ['no_means_test', 'exempt', 'needs_declaration', 'outside'] as const;
export type PrecheckOutcome = (typeof precheckOutcomes)[number];

export const ZReferral = z.object({ name: z.string(), detail: z.string() });

export const ZPrecheckResult = z.object({
  outcome: z.enum(precheckOutcomes),
  /** Whether applying makes sense: true for every outcome but `outside`. */
  canApply: z.boolean(),
  title: z.string(),
  /** The article that decided it, e.g. 《法律援助法》第三十二条. */
  basis: z.string(),
  explanation: z.string(),
  nextSteps: z.array(z.string()),
  referrals: z.array(ZReferral),
  incomeStandard: z.number(),
  perCapitaIncome: z.number(),
});
export type PrecheckResult = z.infer<typeof ZPrecheckResult>;
