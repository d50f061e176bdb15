import type { FigureRow } from '@contracts/grid/figures';
import { gridEventTypeLabels, gridEventTypes } from '@contracts/grid/models';
import type { GridEventDoc } from '../models';
import { closedOnTime } from '../points/score';

/**
 * The figures of grid events, without the database. Each event counts once in every figure it meets,
 * as the digital city-management standard (GB/T 30428) counts a case: 立案 when the street accepted it or
 * the grid worker resolved it on the spot; 应结案 when it is filed and either closed or past its deadline;
 * 结案 closed or resolved on the spot; 按期 closed by its deadline.
 */
export interface EventFlags {
  filed: boolean;
  dispatched: boolean;
  due: boolean;
  closed: boolean;
  onTime: boolean;
}

export function flagsOf(e: GridEventDoc, now: number): EventFlags {
  const steps = new Set(e.timeline.map((t) => t.step));
  const closed = e.state === 'closed' || e.state === 'resolved_on_spot';
  const filed = closed || steps.has('accept');
  return {
    filed,
    dispatched: steps.has('dispatch'),
    due: filed && (closed || (e.deadline !== undefined && e.deadline <= now)),
    closed,
    onTime: closed && closedOnTime(e) === true,
  };
}

/** Percent with one decimal; nothing due reads 0. */
export const rateOf = (n: number, due: number): number => (due === 0 ? 0 : Math.round((n / due) * 1000) / 10);

export function emptyRow(key: string, label: string): FigureRow {
  return {
    key,
    label,
    received: 0,
    filed: 0,
    dispatched: 0,
    due: 0,
    closed: 0,
    onTime: 0,
    closeRate: 0,
    onTimeRate: 0,
  };
}

function addTo(row: FigureRow, f: EventFlags): void {
  row.received += 1;
  row.filed += Number(f.filed);
  row.dispatched += Number(f.dispatched);
  row.due += Number(f.due);
  row.closed += Number(f.closed);
  row.onTime += Number(f.onTime);
  row.closeRate = rateOf(row.closed, row.due);
  row.onTimeRate = rateOf(row.onTime, row.due);
}

/** Names of the places and units the breakdowns list; an unknown id reads as itself. */
export interface FigureNames {
  areas: Map<string, string>;
  units: Map<string, string>;
}

export interface FigureTables {
  total: FigureRow;
  byType: FigureRow[];
  byGrid: FigureRow[];
  byCommunity: FigureRow[];
  byUnit: FigureRow[];
}

/** Folds events into the total and the four breakdowns (most received first; types in their order). */
export function figuresOf(events: GridEventDoc[], names: FigureNames, now: number): FigureTables {
  const total = emptyRow('total', '合计');
  const byType = new Map(gridEventTypes.map((t) => [t, emptyRow(t, gridEventTypeLabels[t])]));
  const byGrid = new Map<string, FigureRow>();
  const byCommunity = new Map<string, FigureRow>();
  const byUnit = new Map<string, FigureRow>();
  const place = (
    map: Map<string, FigureRow>,
    id: string | undefined,
    none: string,
    from: Map<string, string>,
  ) => {
    const key = id ?? '';
    const row = map.get(key) ?? emptyRow(key, id ? (from.get(id) ?? id) : none);
    map.set(key, row);
    return row;
  };
  for (const e of events) {
    const f = flagsOf(e, now);
    addTo(total, f);
    const typeRow = byType.get(e.type);
    if (typeRow) addTo(typeRow, f);
    addTo(place(byGrid, e.area.gridId, '不在网格内', names.areas), f);
    addTo(place(byCommunity, e.area.villageId, '不在村（社区）内', names.areas), f);
    if (e.unitId) addTo(place(byUnit, e.unitId, '', names.units), f);
  }
  const ranked = (m: Map<string, FigureRow>) =>
    [...m.values()].sort((a, b) => b.received - a.received || a.label.localeCompare(b.label, 'zh'));
  return {
    total,
    byType: [...byType.values()],
    byGrid: ranked(byGrid),
    byCommunity: ranked(byCommunity),
    byUnit: ranked(byUnit),
  };
}
