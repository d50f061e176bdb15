import { z } from 'zod';
import { ZEpochMs, ZId } from '../models';
import {
  MAX_STARS,
  type PointCause,
  penaltyCauses,
  pointCauses,
  type StepCause,
  stepCauses,
} from '../plain/grid-points';

export * from '../plain/grid-points';

export const ZPointCause = z.enum(pointCauses);

/** A month in Beijing time, `2026-03`: the period of the ledger and of the ranking. */
export const ZMonth = z
  .string({ error: '请选择月份' })
  .max(7, '月份格式应为 2026-03')
  .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, '月份格式应为 2026-03');

const ZWeight = z
  .number({ error: '请填写分值' })
  .int('分值应为整数')
  .min(-100, '分值不小于-100')
  .max(100, '分值不超过100');

/** One item the bureau scores by hand each month (党支部建设, 台账资料…), from 0 to `max`. */
export const ZHandItem = z.strictObject({
  key: z
    .string()
    .max(20, '项目代码不超过20个字符')
    .regex(/^[a-z][a-z0-9_]{0,19}$/, '项目代码为小写字母、数字和下划线'),
  label: z.string().trim().min(1, '请填写项目名称').max(20, '项目名称不超过20个字'),
  max: z.number().int('满分应为整数').min(1, '满分至少1分').max(100, '满分不超过100分'),
});
export type HandItem = z.infer<typeof ZHandItem>;

/**
 * The published star scheme (星级网格评定办法): what each workflow cause is worth, what each rating of a
 * resident is worth, how many points one to five stars take, and the items scored by hand. Rewards are
 * never negative and penalties never positive, so a typo cannot turn a red card into a reward.
 */
export const ZStarScheme = z
  .strictObject({
    weights: z.strictObject(
      Object.fromEntries(stepCauses.map((c) => [c, ZWeight])) as Record<StepCause, typeof ZWeight>,
    ),
    /** Points for a rating of 1 to 5 stars, in that order. */
    satisfaction: z.array(ZWeight).length(5, '群众评价要填写1到5星各自的分值'),
    /** The points a month needs for one, two, ... five stars: strictly increasing. */
    thresholds: z
      .array(z.number().int('分数线应为整数').min(0, '分数线不小于0').max(10000))
      .length(MAX_STARS, '要填写一到五星的分数线'),
    handItems: z.array(ZHandItem).max(10, '考核项目最多10项'),
  })
  .superRefine((s, ctx) => {
    for (const cause of stepCauses) {
      const w = s.weights[cause];
      const penalty = penaltyCauses.includes(cause);
      if (penalty ? w > 0 : w < 0)
        ctx.addIssue({
          code: 'custom',
          path: ['weights', cause],
          message: penalty ? '扣分项的分值不能为正' : '加分项的分值不能为负',
        });
    }
    if (s.thresholds.some((t, i) => i > 0 && t <= s.thresholds[i - 1]))
      ctx.addIssue({ code: 'custom', path: ['thresholds'], message: '星级分数线要逐级提高' });
    if (new Set(s.handItems.map((h) => h.key)).size !== s.handItems.length)
      ctx.addIssue({ code: 'custom', path: ['handItems'], message: '考核项目代码不能重复' });
  });
export type StarScheme = z.infer<typeof ZStarScheme>;

/** One row of the ledger as the grid worker and the bureau read it: the points and why, in words. */
export const ZPointRow = z.object({
  id: ZId,
  at: ZEpochMs,
  cause: ZPointCause,
  causeLabel: z.string(),
  /** The reason in a sentence: 上报事件 SJ-2026-000012（矛盾纠纷）. */
  text: z.string(),
  points: z.number(),
  eventNumber: z.string().optional(),
});
export type PointRow = z.infer<typeof ZPointRow>;

/** A month of one grid: its total, its stars and, per cause, what it added up to. */
export const ZGridMonth = z.object({
  month: ZMonth,
  points: z.number(),
  stars: z.number().int().min(0).max(MAX_STARS),
});

export const ZCauseTotal = z.object({
  cause: ZPointCause,
  label: z.string(),
  count: z.number(),
  points: z.number(),
});

/** A grid in the month's ranking. Ties share a rank. */
export const ZGridRank = ZGridMonth.extend({
  rank: z.number().int().min(1),
  gridId: ZId,
  gridName: z.string(),
  fullName: z.string(),
  workerName: z.string().optional(),
  causes: z.array(ZCauseTotal),
});
export type GridRank = z.infer<typeof ZGridRank>;

/** A grid's ledger for a month, with the months before it. */
export const ZGridLedger = ZGridMonth.extend({
  gridId: ZId,
  gridName: z.string(),
  rows: z.array(ZPointRow),
  causes: z.array(ZCauseTotal),
  /** The twelve months up to this one, newest first, only those with rows. */
  history: z.array(ZGridMonth),
});
export type GridLedger = z.infer<typeof ZGridLedger>;

export type { PointCause };
