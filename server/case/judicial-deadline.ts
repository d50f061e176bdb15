import type { Judicial } from '@contracts/case/signing';
import type { CaseDoc } from './models';

const DAY = 86_400_000;
const BEIJING = 8 * 3600_000;
/** 司法确认 is applied for within 30 days of the agreement taking effect (人民调解法 第三十三条). */
export const JUDICIAL_DAYS = 30;

/** The Beijing calendar day of a moment, as a day count since 1970-01-01. */
const beijingDay = (at: number) => Math.floor((at + BEIJING) / DAY);

/**
 * The limit in Beijing days, on the server's clock: the day it took effect is not counted (as periods are
 * counted in Chinese procedure), so an agreement signed on 1 March may be brought to court until the end of
 * 31 March. `daysLeft` is 0 on the last day and negative after it.
 */
export function judicialOf(c: CaseDoc, now: number): Judicial | undefined {
  const effectiveAt = c.signing?.effectiveAt;
  if (effectiveAt === undefined) return undefined;
  const lastDay = beijingDay(effectiveAt) + JUDICIAL_DAYS;
  const outcome = c.judicial?.outcome;
  return {
    deadlineAt: (lastDay + 1) * DAY - BEIJING - 1,
    daysLeft: lastDay - beijingDay(now),
    ...(outcome ? { outcome } : {}),
  };
}
