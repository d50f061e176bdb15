import type { AreaRef } from '@contracts/area/models';
import type { AreaDoc } from '../areas/store';
import { userAreaOf } from '../areas/user-area';
import { type CollectionName, Collections } from '../collections';
import { command, findMany, updateById } from '../db';
import type { MediatorDoc, UserDoc } from '../models';
import { monthStart } from '../stats/months';
import { rebuildRollups } from '../stats/rebuild';

const BATCH = 200;

/** A stored name that matched no village node (or more than one), with how many documents carry it. */
export interface UnknownVillage {
  collection: string;
  name: string;
  count: number;
}

export interface VillageMigrationReport {
  mapped: { users: number; consultations: number; cases: number; legalAid: number; mediators: number };
  unknown: UnknownVillage[];
  /** Months whose rollups were still keyed by village name, rebuilt from the records by node. */
  months: string[];
}

type AnyDoc = { _id: string } & Record<string, unknown>;

/** Every document of a collection, a page at a time in id order, so updates never shift the pages. */
async function eachDoc<T extends AnyDoc>(name: CollectionName, visit: (d: T) => Promise<void>) {
  for (let skip = 0; ; skip += BATCH) {
    const page = await findMany<T>(name, {}, { orderBy: [['_id', 'asc']], skip, limit: BATCH });
    for (const doc of page) await visit(doc);
    if (page.length < BATCH) return;
  }
}

/**
 * Moves the free-text villages stored before the area tree onto its nodes, by exact name only: a user's
 * `village` becomes `areaId` (residents) and every user gets the `area` the staff lists filter by; a
 * consultation's or case's `residentVillage` becomes its `area`; a legal-aid application's `area` name
 * becomes its ref (the name kept as `areaName`); a mediator's `areas` get their `areaIds`. A name that
 * matches no village, or several, is listed and left as it is: nobody guesses where a person lives.
 * Idempotent (a mapped document is skipped), so `npm start` runs it on the local data and
 * scripts/migrate-areas.ts against any environment. Rollups from before the tree (keyed by name, with no
 * `townId`) are rebuilt for their months, by node.
 */
export async function migrateVillages(): Promise<VillageMigrationReport> {
  const villages = await findMany<AreaDoc>(Collections.areas, { level: 'village' }, { limit: 1000 });
  const byName = new Map<string, AreaDoc[]>();
  for (const v of villages) byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
  const unknown = new Map<string, UnknownVillage>();
  const nodeOf = (collection: string, name: unknown): AreaDoc | undefined => {
    if (typeof name !== 'string' || !name.trim()) return undefined;
    const found = byName.get(name.trim()) ?? [];
    if (found.length === 1) return found[0];
    const key = `${collection}|${name}`;
    const seen = unknown.get(key) ?? { collection, name, count: 0 };
    seen.count += 1;
    unknown.set(key, seen);
    return undefined;
  };
  const mapped = { users: 0, consultations: 0, cases: 0, legalAid: 0, mediators: 0 };

  await eachDoc<UserDoc & AnyDoc>(Collections.users, async (u) => {
    if (u.area) return;
    const node = u.role === 'resident' && !u.areaId ? nodeOf(Collections.users, u.village) : undefined;
    const areaId = u.areaId ?? node?._id;
    const area = await userAreaOf({ ...u, ...(areaId ? { areaId } : {}) });
    if (!area) return;
    await updateById(Collections.users, u._id, {
      area,
      ...(areaId ? { areaId, village: node?.name ?? u.village } : {}),
    });
    mapped.users += 1;
  });
  for (const [collection, key] of [
    [Collections.consultations, 'consultations'],
    [Collections.cases, 'cases'],
  ] as const) {
    await eachDoc<AnyDoc>(collection, async (d) => {
      if (d.area) return;
      const node = nodeOf(collection, d.residentVillage);
      if (!node) return;
      await updateById(collection, d._id, { area: command().set(node.ref) });
      mapped[key] += 1;
    });
  }
  await eachDoc<AnyDoc & { area?: AreaRef | string }>(Collections.legalAidApplications, async (a) => {
    if (typeof a.area !== 'string') return;
    const node = nodeOf(Collections.legalAidApplications, a.area);
    const _ = command();
    await updateById(Collections.legalAidApplications, a._id, {
      areaName: a.area,
      // `set`: the stored string is replaced whole, not merged into (an update flattens objects to paths).
      area: node ? _.set(node.ref) : _.remove(),
    });
    if (node) mapped.legalAid += 1;
  });
  await eachDoc<MediatorDoc & AnyDoc>(Collections.mediators, async (m) => {
    if (m.areaIds) return;
    const areaIds = m.areas
      .map((name) => nodeOf(Collections.mediators, name)?._id)
      .filter((id): id is string => Boolean(id));
    await updateById(Collections.mediators, m._id, { areaIds });
    mapped.mediators += 1;
  });
  return { mapped, unknown: [...unknown.values()], months: await rebuildNamedRollups() };
}

/** Rebuilds the months that still have rollups keyed by village name, and answers them. */
async function rebuildNamedRollups(): Promise<string[]> {
  const _ = command();
  const stale = await findMany<{ period: string }>(
    Collections.statsRollups,
    { grain: 'month', townId: _.exists(false) },
    { limit: 1000 },
  );
  const months = [...new Set(stale.map((r) => r.period))].sort();
  if (months.length === 0) return [];
  const [y1, m1] = months[0]!.split('-').map(Number) as [number, number];
  const [y2, m2] = months.at(-1)!.split('-').map(Number) as [number, number];
  await rebuildRollups(monthStart(y1, m1), monthStart(m2 === 12 ? y2 + 1 : y2, m2 === 12 ? 1 : m2 + 1));
  return months;
}
