import { caseStates } from '../../types/case/lifecycle';
import { outcomes } from '../../types/consultation';
import { statusLabels } from '../../types/legal-aid/status';
import { disputeTypes } from '../../types/models';
import { caseSources, DEFAULT_PEOPLE } from '../../types/plain/report';

/**
 * A generated set of consultations, cases and legal-aid applications with the fields the statistics read,
 * and the true figures counted here one record at a time, independently of the database pipelines. Used by
 * the statistics test (small) and `npm run bench:stats` (100k records).
 */
export const villages = ['东山村', '西岭村', '南湖社区', '北坡村', '青石村', '河口社区'];

export type Doc = Record<string, unknown> & { _id: string; createdAt?: number };

export interface StatsData {
  consultations: Doc[];
  cases: Doc[];
  legalAid: Doc[];
}

/** mulberry32: the same seed gives the same data set, so a failing test can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `total` records (60% consultations, 40% cases) plus legal aid (a tenth as many), created between `from`
 * and `to`, plus 5% outside the period, which no figure may count.
 */
export function generateStatsData(total: number, from: number, to: number, seed = 7): StatsData {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const at = () =>
    rnd() < 0.05 ? from - 1 - Math.floor(rnd() * 30 * 86_400_000) : from + Math.floor(rnd() * (to - from));
  const village = () => (rnd() < 0.05 ? undefined : pick(villages));
  const consultations: Doc[] = [];
  const nConsult = Math.round(total * 0.6);
  for (let i = 0; i < nConsult; i += 1) {
    const closed = rnd() < 0.75;
    consultations.push({
      _id: `c${seed}-${i}`,
      disputeType: pick(disputeTypes),
      residentVillage: village(),
      status: closed ? 'closed' : pick(['waiting', 'open']),
      ...(closed ? { outcome: pick(outcomes) } : {}),
      mediatorId: `m${i % 40}`,
      createdAt: at(),
    });
  }
  const cases: Doc[] = [];
  for (let i = 0; i < total - nConsult; i += 1) {
    const state = pick(caseStates);
    // Closed cases: some after mediation (with or without agreement), some declined before it.
    const closedAfter = state === 'closed' && rnd() < 0.6;
    const agreed = state === 'mediated_success' || (closedAfter && rnd() < 0.7);
    const from = rnd() < 0.3 ? consultations[Math.floor(rnd() * consultations.length)] : undefined;
    // Most cases carry recorded report figures, a few big ones in every major band, some none (two people).
    const people = pick([2, 2, 3, 5, 8, 12, 30, 49, 50, 99, 100, 260, 499, 500, 1200]);
    const report =
      rnd() < 0.85
        ? {
            peopleInvolved: people,
            ...(rnd() < 0.6 ? { agreementAmount: Math.floor(rnd() * 200_000) } : {}),
            ...(rnd() < 0.1 ? { preventedCriminal: Math.max(1, Math.floor(people / 2)) } : {}),
            ...(rnd() < 0.1 ? { preventedPetition: people } : {}),
          }
        : undefined;
    const source = rnd() < 0.2 ? undefined : pick(caseSources);
    cases.push({
      ...(report ? { report } : {}),
      ...(source ? { source } : {}),
      _id: `k${seed}-${i}`,
      disputeType: pick(disputeTypes),
      residentVillage: village(),
      state,
      ...(from ? { fromConsultationId: from._id } : {}),
      ...(agreed ? { agreement: { facts: '…', terms: ['…'], performance: '当场履行', agreedAt: 0 } } : {}),
      timeline: closedAfter
        ? [
            { event: 'accept' },
            { event: 'start' },
            { event: agreed ? 'succeed' : 'fail' },
            { event: 'close' },
          ]
        : [{ event: 'submit' }],
      createdAt: at(),
    });
  }
  const legalAid: Doc[] = [];
  for (let i = 0; i < Math.round(total / 10); i += 1) {
    legalAid.push({
      _id: `l${seed}-${i}`,
      status: pick(Object.keys(statusLabels)),
      area: village(),
      submittedAt: at(),
    });
  }
  return { consultations, cases, legalAid };
}

/** One row of the report table as the test expects it (types/admin/stats.ts ZReportRow). */
export interface TrueReportRow {
  type: string;
  accepted: number;
  succeeded: number;
  amount: number;
  people: number;
  bands: { b50: number; b100: number; b500: number };
  prevention: {
    criminalCases: number;
    criminalPeople: number;
    petitionCases: number;
    petitionPeople: number;
  };
  sources: { screening: number; application: number; referral: number };
}

interface CaseReport {
  peopleInvolved: number;
  agreementAmount?: number;
  preventedCriminal?: number;
  preventedPetition?: number;
}

/** The report table row of some cases, counted one case at a time by the definitions in types/admin/stats.ts. */
export function trueReportRow(type: string, cases: Doc[]): TrueReportRow {
  const row: TrueReportRow = {
    type,
    accepted: cases.length,
    succeeded: 0,
    amount: 0,
    people: 0,
    bands: { b50: 0, b100: 0, b500: 0 },
    prevention: { criminalCases: 0, criminalPeople: 0, petitionCases: 0, petitionPeople: 0 },
    sources: { screening: 0, application: 0, referral: 0 },
  };
  for (const c of cases) {
    const report = c.report as CaseReport | undefined;
    const people = report?.peopleInvolved ?? DEFAULT_PEOPLE;
    if (c.agreement) {
      row.succeeded += 1;
      row.amount += report?.agreementAmount ?? 0;
    }
    row.people += people;
    if (people >= 500) row.bands.b500 += 1;
    else if (people >= 100) row.bands.b100 += 1;
    else if (people >= 50) row.bands.b50 += 1;
    if (report?.preventedCriminal) {
      row.prevention.criminalCases += 1;
      row.prevention.criminalPeople += report.preventedCriminal;
    }
    if (report?.preventedPetition) {
      row.prevention.petitionCases += 1;
      row.prevention.petitionPeople += report.preventedPetition;
    }
    row.sources[(c.source as keyof TrueReportRow['sources'] | undefined) ?? 'application'] += 1;
  }
  return row;
}

export interface TrueFigures {
  screened: number;
  prevented: number;
  mediated: number;
  succeeded: number;
  byType: Record<string, number>;
  byVillage: Record<string, number>;
  legalAid: Record<string, number>;
  reportTable: { rows: TrueReportRow[]; total: TrueReportRow };
}

/** The figures counted record by record, by the definitions in types/admin/stats.ts. */
export function trueFigures(data: StatsData, from: number, to: number, area?: string): TrueFigures {
  const inPeriod = (d: Doc, field = 'createdAt', areaField = 'residentVillage') => {
    const t = d[field] as number;
    return t >= from && t < to && (!area || d[areaField] === area);
  };
  const madeCase = new Set(data.cases.map((c) => c.fromConsultationId).filter(Boolean));
  const consult = data.consultations.filter((d) => inPeriod(d));
  const cases = data.cases.filter((d) => inPeriod(d));
  const mediatedStates = ['in_mediation', 'mediated_success', 'mediation_failed'];
  const isMediated = (c: Doc) =>
    mediatedStates.includes(c.state as string) ||
    (c.state === 'closed' && (c.timeline as { event: string }[]).some((e) => e.event === 'start'));
  const tally = (docs: Doc[], key: (d: Doc) => string) => {
    const out: Record<string, number> = {};
    for (const d of docs) out[key(d)] = (out[key(d)] ?? 0) + 1;
    return out;
  };
  const both = [...consult, ...cases];
  return {
    screened: both.length,
    prevented: consult.filter((c) => c.status === 'closed' && c.outcome === 'advice' && !madeCase.has(c._id))
      .length,
    mediated: cases.filter(isMediated).length,
    succeeded: cases.filter((c) => c.agreement !== undefined).length,
    byType: tally(both, (d) => d.disputeType as string),
    byVillage: tally(both, (d) => (d.residentVillage as string | undefined) ?? '未填写'),
    legalAid: tally(
      data.legalAid.filter((d) => inPeriod(d, 'submittedAt', 'area')),
      (d) => d.status as string,
    ),
    reportTable: {
      rows: disputeTypes.map((t) =>
        trueReportRow(
          t,
          cases.filter((c) => c.disputeType === t),
        ),
      ),
      total: trueReportRow('合计', cases),
    },
  };
}
