import { Collections } from '../../collections';
import { command, findMany } from '../../db';
import { monthStart } from '../../stats/months';
import type { GridEventDoc, UnitDoc } from '../models';
import type { FigureNames } from './compute';

/** [start, end) of a `YYYY-MM` month in Beijing time, as epoch ms. */
export function monthRange(month: string): { from: number; to: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: monthStart(y, m), to: m === 12 ? monthStart(y + 1, 1) : monthStart(y, m + 1) };
}

/**
 * The events reported in a month within a scope condition (server/areas/scope.ts `scopeWhere`), in pages
 * of 1000 by the `town_state`/`grid_created` indexes' createdAt. A busy county has a few thousand a month.
 */
export async function eventsOfMonth(month: string, where: Record<string, unknown>): Promise<GridEventDoc[]> {
  const { from, to } = monthRange(month);
  const _ = command();
  const events: GridEventDoc[] = [];
  for (;;) {
    const page = await findMany<GridEventDoc>(
      Collections.gridEvents,
      { ...where, createdAt: _.gte(from).and(_.lt(to)) },
      { orderBy: [['createdAt', 'asc']], limit: 1000, skip: events.length },
    );
    events.push(...page);
    if (page.length < 1000) return events;
  }
}

/** The names of the grids, villages and units the events name, in two queries. */
export async function namesOf(events: GridEventDoc[]): Promise<FigureNames> {
  const _ = command();
  const areaIds = [...new Set(events.flatMap((e) => [e.area.gridId, e.area.villageId]).filter(Boolean))];
  const unitIds = [...new Set(events.map((e) => e.unitId).filter(Boolean))];
  const [areas, units] = await Promise.all([
    areaIds.length
      ? findMany<{ _id: string; name: string }>(Collections.areas, { _id: _.in(areaIds) }, { limit: 1000 })
      : [],
    unitIds.length ? findMany<UnitDoc>(Collections.units, { _id: _.in(unitIds) }, { limit: 1000 }) : [],
  ]);
  return {
    areas: new Map(areas.map((a) => [a._id, a.name])),
    units: new Map(units.map((u) => [u._id, u.name])),
  };
}
