import { Collections } from '../collections';
import { db } from '../db';
import { aggregate } from './aggregate';
import { matchOf } from './dashboard';
import { monthKey, monthStartAtOrAfter, monthStartAtOrBefore, monthsOf } from './months';
import { type PatrolGroup, patrolStages } from './patrol';
import { readRollups } from './period';
import { caseStages, consultationStages, legalAidByDayStages } from './pipelines';
import { type ReportCounter, reportCountsOf } from './report-counters';
import { type Counts, type RollupDoc, type RollupPlace, rollupId } from './rollups';

/** One rollup whose stored counters were not what the records say, and what they are now. */
export interface RollupDifference {
  id: string;
  stored: Counts;
  records: Counts;
}

export interface RebuildReport {
  /** The whole months rebuilt, `YYYY-MM` to `YYYY-MM`. */
  months: string[];
  /** How many rollups the records make in those months. */
  rollups: number;
  differences: RollupDifference[];
}

type DayGroup = {
  _id: { t?: string; w?: string; v?: string; m?: string };
  n: number;
  prevented?: number;
  mediated?: number;
  succeeded?: number;
} & Partial<Record<ReportCounter, number>>;

/** Counters with the zeros left out, so a missing rollup and one of zeros compare equal. */
function clean(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
}

const sameCounts = (a: Counts, b: Counts) => {
  const x = clean(a);
  const y = clean(b);
  return Object.keys(x).length === Object.keys(y).length && Object.entries(x).every(([k, n]) => y[k] === n);
};

const placeOfGroup = (key: { w?: string; v?: string }): RollupPlace => ({
  townId: key.w ?? '',
  villageId: key.v ?? '',
});

/** The day and month rollups one month of records makes, counted by the database pipelines. */
async function rollupsOfMonth(from: number, to: number): Promise<Map<string, RollupDoc>> {
  const period = { from, to };
  const [consultations, cases, patrols, legalAid] = await Promise.all([
    aggregate<DayGroup>(
      Collections.consultations,
      consultationStages(matchOf('createdAt', period), '%Y-%m-%d'),
    ),
    aggregate<DayGroup>(Collections.cases, caseStages(matchOf('createdAt', period), '%Y-%m-%d')),
    aggregate<PatrolGroup>(Collections.gridEvents, patrolStages(matchOf('createdAt', period), '%Y-%m-%d')),
    aggregate<{ _id: { s: string; w: string; v: string; d: string }; n: number }>(
      Collections.legalAidApplications,
      legalAidByDayStages(matchOf('submittedAt', period)),
    ),
  ]);
  const docs = new Map<string, RollupDoc>();
  const add = (day: string, place: RollupPlace, type: string, counts: Counts) => {
    for (const [grain, key] of [
      ['day', day],
      ['month', day.slice(0, 7)],
    ] as const) {
      const id = rollupId(grain, key, place, type);
      const doc = docs.get(id) ?? { _id: id, grain, period: key, ...place, type, counts: {} };
      for (const [name, n] of Object.entries(counts)) doc.counts[name] = (doc.counts[name] ?? 0) + n;
      docs.set(id, doc);
    }
  };
  for (const g of consultations) {
    add(g._id.m ?? '', placeOfGroup(g._id), g._id.t ?? '', {
      consultations: g.n,
      prevented: g.prevented ?? 0,
    });
  }
  for (const g of cases) {
    add(g._id.m ?? '', placeOfGroup(g._id), g._id.t ?? '', {
      cases: g.n,
      mediated: g.mediated ?? 0,
      succeeded: g.succeeded ?? 0,
      ...reportCountsOf(g),
    });
  }
  for (const g of patrols) add(g._id.m ?? '', placeOfGroup(g._id), g._id.t ?? '', { patrols: g.n });
  for (const g of legalAid) add(g._id.d, placeOfGroup(g._id), '', { [`legalAid:${g._id.s}`]: g.n });
  for (const doc of docs.values()) doc.counts = clean(doc.counts);
  return docs;
}

/** Runs the writes a few at a time: a month rebuilt from scratch is thousands of them. */
async function inBatches(writes: (() => unknown)[], size = 8): Promise<void> {
  for (let i = 0; i < writes.length; i += size) await Promise.all(writes.slice(i, i + size).map((w) => w()));
}

/**
 * Recomputes the rollups of the whole months around [from, to) from the records, month by month, and
 * writes every rollup that differs (removing those the records no longer make). The answer lists the
 * differences: a correct set of rollups answers none. Run by the stats function's nightly timer for the
 * recent months, by `npm run stats:rebuild` for any period, and to seed rollups for records loaded in bulk.
 */
export async function rebuildRollups(from: number, to: number): Promise<RebuildReport> {
  const start = monthStartAtOrBefore(from);
  const end = monthStartAtOrAfter(to);
  const months = monthsOf(start, end);
  const differences: RollupDifference[] = [];
  let rollups = 0;
  for (const month of months) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const monthFrom = monthStartAtOrBefore(Date.UTC(y, m - 1, 15));
    const monthTo = monthStartAtOrAfter(monthFrom + 86_400_000);
    const expected = await rollupsOfMonth(monthFrom, monthTo);
    rollups += expected.size;
    const next = monthKey(monthTo);
    const stored = await readRollups([
      { grain: 'day', from: `${month}-01`, to: `${next}-01` },
      { grain: 'month', from: month, to: next },
    ]);
    const storedById = new Map(stored.map((d) => [d._id, d]));
    const writes: (() => unknown)[] = [];
    for (const [id, doc] of expected) {
      const was = storedById.get(id)?.counts ?? {};
      if (sameCounts(was, doc.counts)) continue;
      differences.push({ id, stored: clean(was), records: doc.counts });
      const { _id, ...data } = doc;
      writes.push(() => db().collection(Collections.statsRollups).doc(_id).set({ data }));
    }
    for (const doc of stored) {
      if (expected.has(doc._id) || sameCounts(doc.counts, {})) continue;
      differences.push({ id: doc._id, stored: clean(doc.counts), records: {} });
      writes.push(() => db().collection(Collections.statsRollups).doc(doc._id).remove());
    }
    await inBatches(writes);
  }
  return { months, rollups, differences };
}
