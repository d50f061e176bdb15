import { type DisputeType, legacyDisputeTypes } from '@contracts/plain/models';
import { Collections } from '../collections';
import { command, db, findMany, updateById } from '../db';
import { monthStart } from '../stats/months';
import { rebuildRollups } from '../stats/rebuild';

const BATCH = 100;

export interface CategoryMigration {
  consultations: number;
  cases: number;
  mediators: number;
  /** The months whose rollups were rebuilt because they counted a legacy type, `YYYY-MM`. */
  months: string[];
}

/** A specialty list in the national types: legacy ones mapped, duplicates dropped, order kept. */
export function nationalSpecialties(specialties: string[]): DisputeType[] {
  const mapped = specialties.map((s) => legacyDisputeTypes[s] ?? (s as DisputeType));
  return [...new Set(mapped)];
}

/** Renames the legacy type in every record of a collection and answers how many changed. */
async function renameIn(name: 'consultations' | 'cases'): Promise<number> {
  let changed = 0;
  for (const [legacy, national] of Object.entries(legacyDisputeTypes)) {
    const res = (await db()
      .collection(Collections[name])
      .where({ disputeType: legacy })
      .update({ data: { disputeType: national } })) as unknown as { stats: { updated: number } };
    changed += res.stats.updated;
  }
  return changed;
}

/**
 * Moves stored data from the county's old dispute types to the Ministry of Justice's list
 * (`legacyDisputeTypes`): consultations and cases take the national type, mediators' specialties are mapped
 * and deduplicated, and every month whose rollups still count a legacy type is rebuilt from the records, so
 * the dashboard shows no row under an old name. Case numbers keep the type they were issued with: a number
 * is an identifier printed on agreements. Idempotent: a second run changes nothing and answers zeros.
 */
export async function migrateCategories(): Promise<CategoryMigration> {
  const _ = command();
  const legacy = Object.keys(legacyDisputeTypes);
  const consultations = await renameIn('consultations');
  const cases = await renameIn('cases');
  let mediators = 0;
  for (;;) {
    const batch = await findMany<{ _id: string; specialties: string[] }>(
      Collections.mediators,
      { specialties: _.in(legacy) },
      { limit: BATCH },
    );
    if (batch.length === 0) break;
    for (const m of batch) {
      await updateById(Collections.mediators, m._id, { specialties: nationalSpecialties(m.specialties) });
      mediators += 1;
    }
  }
  const stale = await findMany<{ period: string }>(
    Collections.statsRollups,
    { grain: 'month', type: _.in(legacy) },
    { limit: 1000 },
  );
  const months = [...new Set(stale.map((r) => r.period))].sort();
  if (months.length > 0) {
    const [y1, m1] = months[0]!.split('-').map(Number) as [number, number];
    const [y2, m2] = months.at(-1)!.split('-').map(Number) as [number, number];
    await rebuildRollups(monthStart(y1, m1), monthStart(m2 === 12 ? y2 + 1 : y2, m2 === 12 ? 1 : m2 + 1));
  }
  return { consultations, cases, mediators, months };
}
