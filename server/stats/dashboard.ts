import { type Dashboard, legalAidOutcomeLabels, type StatsRow } from '@contracts/admin/stats';
import { Collections } from '../collections';
import { command } from '../db';
import { aggregate } from './aggregate';
import { areaCondition, type StatsArea, villageNames } from './area';
import { monthsOf } from './months';
import { type PatrolGroup, patrolStages } from './patrol';
import { planPeriod, readRollups } from './period';
import { caseStages, consultationStages, legalAidStages, type MatchStage } from './pipelines';
import { monthlyReport } from './report';
import { type ReportCounter, reportCountsOf } from './report-counters';
import { reportTable } from './report-table';
import type { RollupDoc } from './rollups';
import { visitScreenings } from './screenings';

interface GroupKey {
  t?: string;
  /** Town and village node ids ('' unknown). */
  w?: string;
  v?: string;
  m?: string;
}
interface ConsultationGroup {
  _id: GroupKey;
  n: number;
  prevented: number;
}
type CaseGroup = {
  _id: GroupKey;
  n: number;
  mediated: number;
  succeeded: number;
} & Partial<Record<ReportCounter, number>>;

/**
 * The leading filter of a pipeline: the period on `field`, and the area when one is asked for, on the
 * record's `area` (every counted record stores its place there).
 */
export function matchOf(field: string, input: { from: number; to: number; area?: StatsArea }): MatchStage {
  const _ = command();
  return {
    $match: {
      [field]: _.gte(input.from).and(_.lt(input.to)),
      ...areaCondition(input.area, 'area.'),
    },
  };
}

const emptyRow = (key: string): StatsRow => ({ key, screened: 0, prevented: 0, mediated: 0, succeeded: 0 });

/** Adds a group's counts to the row of `key` in a breakdown. */
function add(rows: Map<string, StatsRow>, key: string, c: Partial<Omit<StatsRow, 'key'>>): void {
  const row = rows.get(key) ?? emptyRow(key);
  row.screened += c.screened ?? 0;
  row.prevented += c.prevented ?? 0;
  row.mediated += c.mediated ?? 0;
  row.succeeded += c.succeeded ?? 0;
  rows.set(key, row);
}

export const successRate = (succeeded: number, mediated: number): number =>
  mediated === 0 ? 0 : Math.round((succeeded / mediated) * 1000) / 10;

/** Adds the counters of a rollup to the groups the dashboard folds. */
function groupsOfRollups(docs: RollupDoc[]): {
  consultations: ConsultationGroup[];
  cases: CaseGroup[];
  patrols: PatrolGroup[];
  legalAid: Map<string, number>;
} {
  const consultations: ConsultationGroup[] = [];
  const patrols: PatrolGroup[] = [];
  const cases: CaseGroup[] = [];
  const legalAid = new Map<string, number>();
  for (const doc of docs) {
    const key = {
      t: doc.type,
      w: doc.townId,
      v: doc.villageId,
      m: doc.grain === 'month' ? doc.period : doc.period.slice(0, 7),
    };
    const c = doc.counts;
    if (c.consultations || c.prevented) {
      consultations.push({ _id: key, n: c.consultations ?? 0, prevented: c.prevented ?? 0 });
    }
    if (c.cases || c.mediated || c.succeeded) {
      cases.push({
        _id: key,
        n: c.cases ?? 0,
        mediated: c.mediated ?? 0,
        succeeded: c.succeeded ?? 0,
        ...reportCountsOf(c),
      });
    }
    if (c.patrols) patrols.push({ _id: key, n: c.patrols });
    for (const [name, n] of Object.entries(c)) {
      if (name.startsWith('legalAid:') && n)
        legalAid.set(name.slice(9), (legalAid.get(name.slice(9)) ?? 0) + n);
    }
  }
  return { consultations, cases, patrols, legalAid };
}

/** The groups of the records themselves in a short stretch (part of a day at a period's edge). */
async function groupsOfRecords(input: { from: number; to: number; area?: StatsArea }) {
  const [consultations, cases, patrols, legalAid] = await Promise.all([
    aggregate<ConsultationGroup>(Collections.consultations, consultationStages(matchOf('createdAt', input))),
    aggregate<CaseGroup>(Collections.cases, caseStages(matchOf('createdAt', input))),
    aggregate<PatrolGroup>(Collections.gridEvents, patrolStages(matchOf('createdAt', input), '%Y-%m')),
    aggregate<{ _id: string; n: number }>(
      Collections.legalAidApplications,
      legalAidStages(matchOf('submittedAt', input)),
    ),
  ]);
  return { consultations, cases, patrols, legalAid: new Map(legalAid.map((g) => [g._id, g.n])) };
}

/**
 * The dashboard for a period and area from the rollups: whole months from the month rollups, the days
 * around them from the day rollups, and only the parts of a day at either edge (a period not starting at
 * midnight) from the records. That is a handful of round trips and a few hundred rollups for any period,
 * however many records it holds; the function only folds the groups into the breakdowns. The team's
 * screenings on visits add to 排查 (server/stats/screenings.ts). The area is already the caller's to see
 * (area.ts `statsAreaFor`).
 */
export async function computeDashboard(input: {
  from: number;
  to: number;
  area?: StatsArea;
}): Promise<Dashboard> {
  const plan = planPeriod(input.from, input.to);
  const [screenings, ...parts] = await Promise.all([
    visitScreenings(input),
    ...plan.records.map((r) => groupsOfRecords({ ...r, area: input.area })),
    readRollups(plan.rollups, input.area).then(groupsOfRollups),
  ]);
  const consultations = parts.flatMap((p) => p.consultations);
  const cases = parts.flatMap((p) => p.cases);
  const patrols = parts.flatMap((p) => p.patrols);
  const legalAid = new Map<string, number>();
  for (const p of parts)
    for (const [status, n] of p.legalAid) legalAid.set(status, (legalAid.get(status) ?? 0) + n);
  const byType = new Map<string, StatsRow>();
  const byVillage = new Map<string, StatsRow>();
  const byMonth = new Map<string, StatsRow>(monthsOf(input.from, input.to).map((m) => [m, emptyRow(m)]));
  const total = emptyRow('total');
  const groups = [...consultations, ...cases, ...patrols, ...screenings];
  const names = await villageNames([...new Set(groups.map((g) => g._id.v ?? ''))]);
  const fold = (key: GroupKey, counts: Partial<Omit<StatsRow, 'key'>>) => {
    add(byType, key.t || '其他', counts);
    add(byVillage, names.get(key.v ?? '') ?? '未填写', counts);
    if (key.m) add(byMonth, key.m, counts);
    add(new Map([['total', total]]), 'total', counts);
  };
  for (const g of consultations) fold(g._id, { screened: g.n, prevented: g.prevented });
  for (const g of cases) fold(g._id, { screened: g.n, mediated: g.mediated, succeeded: g.succeeded });
  for (const g of patrols) fold(g._id, { screened: g.n });
  for (const g of screenings) fold(g._id, { screened: g.n });
  const figures = {
    screened: total.screened,
    prevented: total.prevented,
    mediated: total.mediated,
    succeeded: total.succeeded,
    successRate: successRate(total.succeeded, total.mediated),
  };
  const bySize = (a: StatsRow, b: StatsRow) => b.screened - a.screened || a.key.localeCompare(b.key);
  return {
    from: input.from,
    to: input.to,
    ...(input.area ? { areaId: input.area.id } : {}),
    areaName: input.area?.name ?? '全县',
    figures,
    byType: [...byType.values()].sort(bySize),
    byVillage: [...byVillage.values()].sort(bySize),
    byMonth: [...byMonth.values()],
    legalAid: [...legalAid]
      .filter(([, count]) => count > 0)
      .map(([status, count]) => ({ status, label: legalAidOutcomeLabels[status] ?? status, count }))
      .sort((a, b) => b.count - a.count),
    report: monthlyReport({ ...input, area: input.area?.name }, figures),
    reportTable: reportTable(
      cases.map((g) => ({
        type: g._id.t || '其他',
        cases: g.n,
        succeeded: g.succeeded,
        counters: reportCountsOf(g),
      })),
    ),
  };
}
