import { Collections } from '../collections';
import { command, findMany, getById } from '../db';
import type { GridEventDoc, UnitDoc } from './models';

export function getUnit(id: string): Promise<UnitDoc | null> {
  return getById<UnitDoc>(Collections.units, id);
}

/**
 * The active units a staff member acts for (usually one). `staffUserIds` has no index: units are few, and
 * the local cloud's index pushdown would compare the array as a scalar.
 */
export function unitsOfStaff(userId: string): Promise<UnitDoc[]> {
  return findMany<UnitDoc>(Collections.units, { staffUserIds: userId, active: true }, { limit: 20 });
}

/** Names of the units the events are dispatched to, for the lists. */
export async function unitNamesOf(events: Pick<GridEventDoc, 'unitId'>[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.flatMap((e) => (e.unitId ? [e.unitId] : [])))];
  if (ids.length === 0) return new Map();
  const units = await findMany<UnitDoc>(Collections.units, { _id: command().in(ids) }, { limit: ids.length });
  return new Map(units.map((u) => [u._id, u.name]));
}
