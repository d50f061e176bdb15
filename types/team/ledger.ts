import { z } from 'zod';
import { ZEpochMs, ZId } from '../models';
import { ledgerItems, ledgerPeriods } from '../plain/team-ledger';

export {
  type LedgerItem,
  type LedgerPeriod,
  ledgerItemLabels,
  ledgerItems,
  ledgerPeriodLabels,
  ledgerPeriods,
  periodLabel,
} from '../plain/team-ledger';

export const ZLedgerItem = z.enum(ledgerItems);

/** `YYYY-MM`, Beijing time. */
export const ZMonthKey = z
  .string()
  .max(7, '月份格式不对')
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式不对');

/** One "at least" of a rule: an item and how many times per period. */
export const ZRuleItem = z.strictObject({
  item: ZLedgerItem,
  atLeast: z.number().int('次数要是整数').min(1, '至少1次').max(31, '次数太多'),
});

/** What one role must do in each village it serves, and how often. */
export const ZRoleRule = z.strictObject({
  period: z.enum(ledgerPeriods),
  items: z
    .array(ZRuleItem)
    .min(1, '至少要有一项')
    .max(ledgerItems.length)
    .refine((items) => new Set(items.map((i) => i.item)).size === items.length, '同一项只能出现一次'),
});

/**
 * The "four at least" rules as the bureau configures them: per role, the period and the items; and how many
 * days before a period ends a member with items still missing is reminded.
 */
export const ZTeamRules = z.strictObject({
  legal_adviser: ZRoleRule,
  local_figure: ZRoleRule,
  remindDaysBefore: z.number().int().min(1, '至少提前1天').max(10, '最多提前10天'),
});
export type TeamRules = z.infer<typeof ZTeamRules>;

/** One item of a member's ledger for one village and period: how many, how many needed, met or not. */
export const ZLedgerLine = z.object({
  item: ZLedgerItem,
  label: z.string(),
  atLeast: z.number(),
  count: z.number(),
  met: z.boolean(),
});

/** A member's ledger for one village and one period (a week or a month). */
export const ZVillageLedger = z.object({
  villageId: ZId,
  villageName: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  from: ZEpochMs,
  to: ZEpochMs,
  /** Days left before the period ends, today included; 0 once it has ended. */
  daysLeft: z.number(),
  lines: z.array(ZLedgerLine),
  /** The labels of the items not yet met, in words: what the member still has to do. */
  missing: z.array(z.string()),
  met: z.boolean(),
});
export type VillageLedger = z.infer<typeof ZVillageLedger>;
