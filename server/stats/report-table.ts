import type { ReportRow, ReportTable } from '@contracts/admin/stats';
import { disputeTypes } from '@contracts/plain/models';
import type { ReportCounter } from './report-counters';

/** A case group as the dashboard folds it: its type, counts and report counters. */
export interface ReportGroup {
  type: string;
  cases: number;
  succeeded: number;
  counters: Record<ReportCounter, number>;
}

const emptyRow = (type: string): ReportRow => ({
  type,
  accepted: 0,
  succeeded: 0,
  amount: 0,
  people: 0,
  bands: { b50: 0, b100: 0, b500: 0 },
  prevention: { criminalCases: 0, criminalPeople: 0, petitionCases: 0, petitionPeople: 0 },
  sources: { screening: 0, application: 0, referral: 0 },
});

function addTo(row: ReportRow, g: ReportGroup): void {
  const c = g.counters;
  row.accepted += g.cases;
  row.succeeded += g.succeeded;
  row.amount += c.amount;
  row.people += c.people;
  row.bands.b50 += c.band50;
  row.bands.b100 += c.band100;
  row.bands.b500 += c.band500;
  row.prevention.criminalCases += c.criminalCases;
  row.prevention.criminalPeople += c.criminalPeople;
  row.prevention.petitionCases += c.petitionCases;
  row.prevention.petitionPeople += c.petitionPeople;
  row.sources.screening += c.fromScreening;
  row.sources.application += c.fromApplication;
  row.sources.referral += c.fromReferral;
}

/**
 * Folds case groups into the ministry's table: one row per national type in its order, a type outside the
 * list (a record not yet migrated) under 其他, and the total.
 */
export function reportTable(groups: ReportGroup[]): ReportTable {
  const rows = new Map<string, ReportRow>(disputeTypes.map((t) => [t, emptyRow(t)]));
  const total = emptyRow('合计');
  for (const g of groups) {
    addTo(rows.get(g.type) ?? (rows.get('其他') as ReportRow), g);
    addTo(total, g);
  }
  return { rows: [...rows.values()], total };
}
