import { Collections } from '../collections';
import type { TransactionLike } from '../db';
import { CHINA_OFFSET_MS } from './months';
import { type CaseReportFields, caseReportCounts } from './report-counters';

/**
 * Statistics from rollups: counters per China-time day x village x dispute type, and the same per month, in
 * `stats_rollups`. Every change that moves a figure calls `moveFigures` inside its own transaction with the
 * record before and after, so a counter never disagrees with the records it counts; the dashboard then reads
 * a few hundred rollups for any period however many records there are. A later domain (grid events, x+N
 * visits) adds its counters here the same way. The record-by-record count stays the truth: rebuild.ts
 * recomputes the rollups of a period from the records and repairs any difference.
 */

/** The counters of a rollup; legal-aid applications count by status as `legalAid:<status>`. */
export type Counts = Record<string, number>;

/** What one record adds to the rollups of its day: where it counts and how much. */
export interface Figure {
  /** China-time `YYYY-MM-DD` of the day the record counts on (created or submitted). */
  day: string;
  village: string;
  /** The dispute type; '' for legal aid, which has none. */
  type: string;
  counts: Counts;
}

export type Grain = 'day' | 'month';

/** A stored rollup: `_id` is `${grain}|${period}|${village}|${type}`, derived from its key. */
export interface RollupDoc {
  _id: string;
  grain: Grain;
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  period: string;
  village: string;
  type: string;
  counts: Counts;
}

/** China-time `YYYY-MM-DD` of an instant. */
export function dayKey(at: number): string {
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export const rollupId = (grain: Grain, period: string, village: string, type: string): string =>
  `${grain}|${period}|${village}|${type}`;

/** States in which a case has reached mediation; a closed case has if its timeline shows the start. */
const MEDIATION_STATES = ['in_mediation', 'mediated_success', 'mediation_failed'];

/** The stored fields of a consultation the figures read. `caseMade`: a case was booked from it. */
export interface ConsultationFigureFields {
  createdAt: number;
  residentVillage?: string;
  disputeType: string;
  status: string;
  outcome?: string;
  caseMade?: boolean;
}

/** A consultation is screened once; prevented when closed as advice and no case was made from it. */
export function consultationFigure(c: ConsultationFigureFields): Figure {
  const prevented = c.status === 'closed' && c.outcome === 'advice' && !c.caseMade ? 1 : 0;
  return {
    day: dayKey(c.createdAt),
    village: c.residentVillage ?? '',
    type: c.disputeType,
    counts: { consultations: 1, prevented },
  };
}

export interface CaseFigureFields extends CaseReportFields {
  createdAt: number;
  residentVillage?: string;
  disputeType: string;
  state: string;
  timeline?: { event: string }[];
  agreement?: unknown;
}

/**
 * A case is screened once; mediated once it reached mediation; succeeded with an agreement; and it adds
 * its figures of the bureau's report table (report-counters.ts).
 */
export function caseFigure(c: CaseFigureFields): Figure {
  const started = (c.timeline ?? []).some((e) => e.event === 'start');
  const mediated = MEDIATION_STATES.includes(c.state) || (c.state === 'closed' && started) ? 1 : 0;
  return {
    day: dayKey(c.createdAt),
    village: c.residentVillage ?? '',
    type: c.disputeType,
    counts: { cases: 1, mediated, succeeded: c.agreement ? 1 : 0, ...caseReportCounts(c) },
  };
}

export interface LegalAidFigureFields {
  submittedAt: number;
  area?: string;
  status: string;
}

/** A legal-aid application counts under its current status, on the day it was submitted. */
export function legalAidFigure(a: LegalAidFigureFields): Figure {
  return {
    day: dayKey(a.submittedAt),
    village: a.area ?? '',
    type: '',
    counts: { [`legalAid:${a.status}`]: 1 },
  };
}

interface Delta {
  grain: Grain;
  period: string;
  village: string;
  type: string;
  counts: Counts;
}

/** The change to each rollup (day and month) that replacing `before` by `after` makes; zero changes dropped. */
export function deltasOf(before: Figure | null, after: Figure | null): Map<string, Delta> {
  const deltas = new Map<string, Delta>();
  const apply = (f: Figure | null, sign: 1 | -1) => {
    if (!f) return;
    for (const [grain, period] of [
      ['day', f.day],
      ['month', f.day.slice(0, 7)],
    ] as const) {
      const id = rollupId(grain, period, f.village, f.type);
      const d = deltas.get(id) ?? { grain, period, village: f.village, type: f.type, counts: {} };
      for (const [name, n] of Object.entries(f.counts)) d.counts[name] = (d.counts[name] ?? 0) + sign * n;
      deltas.set(id, d);
    }
  };
  apply(before, -1);
  apply(after, 1);
  for (const [id, d] of deltas) {
    for (const [name, n] of Object.entries(d.counts)) if (n === 0) delete d.counts[name];
    if (Object.keys(d.counts).length === 0) deltas.delete(id);
  }
  return deltas;
}

/**
 * A case booked from a consultation takes it out of the prevented figure: the consultation is marked, in the
 * booking's transaction, and its rollups move. An unknown id (the field is the resident's word) changes
 * nothing.
 */
export async function markCaseMade(tx: TransactionLike, consultationId: string): Promise<void> {
  const ref = tx.collection(Collections.consultations).doc(consultationId);
  const res = (await ref.get().catch(() => null)) as { data?: ConsultationFigureFields } | null;
  const c = res?.data;
  if (!c || c.caseMade) return;
  await ref.update({ data: { caseMade: true } });
  await moveFigures(tx, consultationFigure(c), consultationFigure({ ...c, caseMade: true }));
}

/**
 * Moves the rollups from a record's `before` to its `after` (null: it did not exist / no longer counts),
 * inside the caller's transaction. Production transactions allow doc-level operations only, so each rollup
 * is read and written by its id; two changes to one rollup conflict and the transaction retries. A change
 * that moves no figure (a note, a booking) touches no rollup.
 */
export async function moveFigures(
  tx: TransactionLike,
  before: Figure | null,
  after: Figure | null,
): Promise<void> {
  for (const [id, d] of deltasOf(before, after)) {
    const ref = tx.collection(Collections.statsRollups).doc(id);
    const res = (await ref.get().catch(() => null)) as { data?: RollupDoc } | null;
    const counts: Counts = { ...(res?.data?.counts ?? {}) };
    for (const [name, n] of Object.entries(d.counts)) counts[name] = (counts[name] ?? 0) + n;
    await ref.set({ data: { grain: d.grain, period: d.period, village: d.village, type: d.type, counts } });
  }
}
