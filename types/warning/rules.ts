import { z } from 'zod';
import { warningLevels } from '../plain/warning';

const ZLevel = z.enum(warningLevels, { error: '请选择预警等级' });
const count = (what: string, max: number) =>
  z
    .number({ error: `请填写${what}` })
    .int(`${what}要填整数`)
    .min(1, `${what}至少为1`)
    .max(max, `${what}不超过${max}`);

/**
 * The rules of the early warning, as configuration the judicial office keeps (warning.setRules; the defaults
 * in database/warning-rules.json): each rule that a case or consultation meets adds a reason at its level,
 * and the highest level is the warning's. Bounded so an assessment stays a few comparisons.
 */
export const ZWarningRules = z.strictObject({
  /** People involved in a case at or above `atLeast` (the mediator's count, case.recordReport). */
  people: z.array(z.strictObject({ atLeast: count('人数', 100_000), level: ZLevel })).max(5),
  /** Words in what a resident wrote (a case's description, a consultation's question). */
  keywords: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1, '请填写类别名称').max(12, '类别名称不超过12个字'),
        words: z
          .array(z.string().trim().min(1, '关键词不能为空').max(10, '关键词不超过10个字'))
          .min(1, '至少一个关键词')
          .max(50, '每类最多50个关键词'),
        level: ZLevel,
      }),
    )
    .max(10),
  /** Earlier cases between the same parties or at the same address (回头案), at or above `atLeast`. */
  repeat: z.array(z.strictObject({ atLeast: count('次数', 100), level: ZLevel })).max(5),
  /** A failed mediation whose recorded deadline is ahead within `withinDays`. */
  failedDeadline: z.array(z.strictObject({ withinDays: count('天数', 365), level: ZLevel })).max(5),
});
export type WarningRules = z.infer<typeof ZWarningRules>;
