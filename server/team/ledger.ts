import type { TeamMemberRole } from '@contracts/plain/team';
import {
  type LedgerItem,
  ledgerItemLabels,
  periodLabel,
  type TeamRules,
  type VillageLedger,
} from '@contracts/team/ledger';
import { Collections } from '../collections';
import { command } from '../db';
import { findEvery } from './find-every';
import type { VisitDoc, VisitRecordDoc } from './models';
import { boundsOf, daysLeft } from './period-bounds';

/** What a member did in one village in one period, counted from visits and records. */
export interface Tally {
  visits: number;
  screening: number;
  consultation: number;
  mediation: number;
  publicity: number;
  lecture: number;
  /** Visits with a check-in or sign-out that needs review; no item counts it. */
  needReview: number;
}

export const emptyTally = (): Tally => ({
  visits: 0,
  screening: 0,
  consultation: 0,
  mediation: 0,
  publicity: 0,
  lecture: 0,
  needReview: 0,
});

/** How each item of a rule is counted. Consultations and mediations both meet "consulted or mediated". */
const countOf: Record<LedgerItem, (t: Tally) => number> = {
  visited: (t) => t.visits,
  screened: (t) => t.screening,
  consulted_or_mediated: (t) => t.consultation + t.mediation,
  publicity: (t) => t.publicity,
  lecture: (t) => t.lecture,
};

/** Tallies by `${memberId}|${villageId}|${periodKey}`. */
export type Tallies = Map<string, Tally>;

export const tallyKey = (memberId: string, villageId: string, period: string) =>
  `${memberId}|${villageId}|${period}`;

/**
 * Counts the visits and records matching `where` (a member, or a scope) by member, village and the period
 * field asked for (`week` or `month`). Records from the app (consultations and cases the member handled)
 * count as those made on a visit.
 */
export async function tallyActivity(
  where: Record<string, unknown>,
  grain: 'week' | 'month',
): Promise<Tallies> {
  const [visits, records] = await Promise.all([
    findEvery<VisitDoc>(Collections.visits, where),
    findEvery<VisitRecordDoc>(Collections.visitRecords, where),
  ]);
  const tallies: Tallies = new Map();
  const of = (d: { memberId: string; villageId: string; period: { week: string; month: string } }) => {
    const key = tallyKey(d.memberId, d.villageId, d.period[grain]);
    const t = tallies.get(key) ?? emptyTally();
    tallies.set(key, t);
    return t;
  };
  for (const v of visits) {
    const t = of(v);
    t.visits += 1;
    if (v.checkIn.risk.level === 'review' || v.checkOut?.risk.level === 'review') t.needReview += 1;
  }
  for (const r of records) of(r)[r.kind] += 1;
  return tallies;
}

/** The period condition for a set of keys of one grain, as a query on the stored `period`. */
export function periodWhere(grain: 'week' | 'month', keys: string[]): Record<string, unknown> {
  return { [`period.${grain}`]: keys.length === 1 ? keys[0] : command().in(keys) };
}

/** A member's ledger for one village and period: each item of their role's rule, met or not. */
export function villageLedger(
  rules: TeamRules,
  role: TeamMemberRole,
  village: { id: string; name: string },
  period: string,
  tally: Tally,
  now: number,
): VillageLedger {
  const bounds = boundsOf(period);
  const lines = rules[role].items.map(({ item, atLeast }) => {
    const count = countOf[item](tally);
    return { item, label: ledgerItemLabels[item], atLeast, count, met: count >= atLeast };
  });
  const missing = lines.filter((l) => !l.met).map((l) => l.label);
  return {
    villageId: village.id,
    villageName: village.name,
    period,
    periodLabel: periodLabel(period),
    from: bounds.from,
    to: bounds.to,
    daysLeft: daysLeft(bounds, now),
    lines,
    missing,
    met: missing.length === 0,
  };
}
