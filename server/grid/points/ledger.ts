import type { AreaRef } from '@contracts/area/models';
import type { PointCause } from '@contracts/grid/points';
import { Collections } from '../../collections';
import { db, findMany, type TransactionLike } from '../../db';
import { monthKey } from '../../stats/months';
import type { GridPointDoc } from '../models';

/**
 * The points ledger `grid_points`: one row per reason a grid gained or lost points, written and never
 * edited by the workflow (an event's step), by a resident's rating and by the bureau's hand scores. The
 * row's id is derived from what it records, so writing it again (a retried step, a second tap) replaces
 * the same row instead of adding one.
 */
export interface PointRowDoc extends GridPointDoc {
  cause: PointCause;
  /** The reason in words, as the grid worker reads it. */
  text: string;
  /** The grid's place, so a town's ranking is one indexed equality (`area.townId`). */
  area: AreaRef;
  source: {
    eventId?: string;
    eventNumber?: string;
    step?: string;
    /** Hand scores: the scheme item and the admin who scored it. */
    itemKey?: string;
    byId?: string;
  };
  /** Resident satisfaction: the rating, 1 to 5. */
  rating?: number;
}

/** The row an event's cause writes: each cause at most once per event. */
export const eventRowId = (eventId: string, cause: PointCause): string => `ev|${eventId}|${cause}`;

/** The row of a hand-scored item: scoring it again for the month replaces the score. */
export const handRowId = (gridId: string, month: string, itemKey: string): string =>
  `hand|${gridId}|${month}|${itemKey}`;

/** A row as it is stored, its month from its time (Beijing). */
export function rowOf(fields: Omit<PointRowDoc, 'month'>): PointRowDoc {
  return { ...fields, month: monthKey(fields.at) };
}

/** Writes rows by their ids, inside the caller's transaction when there is one. */
export async function writeRows(tx: TransactionLike | null, rows: PointRowDoc[]): Promise<void> {
  const target = (tx ?? db()) as TransactionLike;
  for (const { _id, ...data } of rows) {
    await target.collection(Collections.gridPoints).doc(_id).set({ data });
  }
}

/** Every row of a grid in a month, newest first. A grid has tens of rows a month; pages of 1000 anyway. */
export async function rowsOfMonth(gridId: string, month: string): Promise<PointRowDoc[]> {
  const rows: PointRowDoc[] = [];
  for (;;) {
    const page = await findMany<PointRowDoc>(
      Collections.gridPoints,
      { gridId, month },
      { orderBy: [['at', 'desc']], limit: 1000, skip: rows.length },
    );
    rows.push(...page);
    if (page.length < 1000) return rows;
  }
}
