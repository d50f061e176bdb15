import { type Dashboard, legalAidOutcomeLabels, type StatsRow } from '@contracts/admin/stats';
import { Collections } from '../collections';
import { command } from '../db';
import { aggregate } from './aggregate';
import { monthsOf } from './months';
import { caseStages, consultationStages, legalAidStages, type MatchStage } from './pipelines';
import { monthlyReport } from './report';

interface GroupKey {
  t?: string;
  v?: string;
  m?: string;
}
interface ConsultationGroup {
  _id: GroupKey;
  n: number;
  prevented: number;
}
interface CaseGroup {
  _id: GroupKey;
  n: number;
  mediated: number;
  succeeded: number;
}

function matchOf(
  field: string,
  input: { from: number; to: number; area?: string },
  areaField: string,
): MatchStage {
  const _ = command();
  return {
    $match: {
      [field]: _.gte(input.from).and(_.lt(input.to)),
      ...(input.area ? { [areaField]: input.area } : {}),
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

/**
 * The dashboard for a period and area in three database round trips, sent together: consultations and cases
 * each come back grouped by type x village x month (a few hundred rows at most), legal aid by status. The
 * function only folds those groups into the breakdowns.
 */
export async function computeDashboard(input: {
  from: number;
  to: number;
  area?: string;
}): Promise<Dashboard> {
  const [consultations, cases, legalAid] = await Promise.all([
    aggregate<ConsultationGroup>(
      Collections.consultations,
      consultationStages(matchOf('createdAt', input, 'residentVillage')),
    ),
    aggregate<CaseGroup>(Collections.cases, caseStages(matchOf('createdAt', input, 'residentVillage'))),
    aggregate<{ _id: string; n: number }>(
      Collections.legalAidApplications,
      legalAidStages(matchOf('submittedAt', input, 'area')),
    ),
  ]);
  const byType = new Map<string, StatsRow>();
  const byVillage = new Map<string, StatsRow>();
  const byMonth = new Map<string, StatsRow>(monthsOf(input.from, input.to).map((m) => [m, emptyRow(m)]));
  const total = emptyRow('total');
  const fold = (key: GroupKey, counts: Partial<Omit<StatsRow, 'key'>>) => {
    add(byType, key.t || '其他', counts);
    add(byVillage, key.v || '未填写', counts);
    if (key.m) add(byMonth, key.m, counts);
    add(new Map([['total', total]]), 'total', counts);
  };
  for (const g of consultations) fold(g._id, { screened: g.n, prevented: g.prevented });
  for (const g of cases) fold(g._id, { screened: g.n, mediated: g.mediated, succeeded: g.succeeded });
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
    area: input.area,
    figures,
    byType: [...byType.values()].sort(bySize),
    byVillage: [...byVillage.values()].sort(bySize),
    byMonth: [...byMonth.values()],
    legalAid: legalAid
      .map((g) => ({ status: g._id, label: legalAidOutcomeLabels[g._id] ?? g._id, count: g.n }))
      .sort((a, b) => b.count - a.count),
    report: monthlyReport(input, figures),
  };
}
