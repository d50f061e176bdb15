import { z } from 'zod';
import { ZEpochMs, ZId } from '../models';
import { warningLevels, warningOutcomes, warningRuleKinds, warningStatuses } from '../plain/warning';

export const ZWarningLevel = z.enum(warningLevels);

/** One rule a record met, in words: 涉及120人（达到100人）, 描述中有“跳楼”（轻生倾向）. */
export const ZWarningReason = z.object({
  rule: z.enum(warningRuleKinds),
  ruleLabel: z.string(),
  level: ZWarningLevel,
  text: z.string(),
});
export type WarningReason = z.infer<typeof ZWarningReason>;

/** A warning as the judicial office lists it: what, how urgent, why, and who did what about it. */
export const ZWarning = z.object({
  id: ZId,
  kind: z.enum(['case', 'consultation']),
  /** The case or consultation to open: `case` or `consultation` with its id. */
  subjectId: ZId,
  subject: z.string(),
  disputeType: z.string(),
  village: z.string().optional(),
  level: ZWarningLevel,
  levelLabel: z.string(),
  reasons: z.array(ZWarningReason),
  status: z.enum(warningStatuses),
  statusLabel: z.string(),
  raisedAt: ZEpochMs,
  updatedAt: ZEpochMs,
  acknowledged: z.object({ by: z.string(), at: ZEpochMs }).optional(),
  handled: z
    .object({ by: z.string(), at: ZEpochMs, outcome: z.enum(warningOutcomes), outcomeLabel: z.string() })
    .optional(),
});
export type Warning = z.infer<typeof ZWarning>;
