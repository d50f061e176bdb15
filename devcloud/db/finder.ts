import { Query } from 'mingo';
import type { Options } from 'mingo/types';
import { CloudCode, CloudError } from '../server/cloud-error';
import { type Doc, parseDoc } from './ejson';
import { planFilter, planSort } from './query-planner';
import type { Row, SqliteStore } from './store';

/** Above this many documents read for one query, the query is logged as slow (it needs an index). */
export const SLOW_SCAN_DOCS = 5_000;

/** Sort, paging and projection of a query, as the SDK's `orderBy` / `skip` / `limit` / `field` send them. */
export interface FindOptions {
  sort?: Record<string, number>;
  skip?: number;
  limit?: number;
}

/** A matched document with the row it came from (writes need the row's version). */
export interface Found {
  row: Row;
  doc: Doc;
}

/** Compiles a filter; mingo rejects unknown operators here, which is the caller's error. */
function compile(filter: Doc): Query {
  try {
    return new Query(filter, mingoOptions());
  } catch (error) {
    throw new CloudError(CloudCode.invalidParam, `bad query: ${(error as Error).message}`);
  }
}

/** mingo options shared by every query: no `$where` scripts (CloudBase has none), `_id` as the id. */
export function mingoOptions(extra: Partial<Options> = {}): Partial<Options> {
  return { idKey: '_id', scriptEnabled: false, ...extra };
}

/**
 * Runs MongoDB queries over the SQLite store: SQL narrows the candidates through indexes, mingo gives the
 * exact semantics. Knows which fields are indexed per collection (from database/collections.json).
 */
export class Finder {
  constructor(
    private readonly store: SqliteStore,
    private readonly indexed: (collection: string) => ReadonlySet<string>,
    private readonly warn: (message: string) => void,
  ) {}

  find(collection: string, filter: Doc, options: FindOptions = {}): Found[] {
    const fields = this.indexed(collection);
    const plan = planFilter(filter, fields);
    const order = plan.exact ? planSort(options.sort, fields) : null;
    if (order) {
      // The whole query is SQL: the index gives order and paging, nothing is scanned beyond the page.
      const tail = `${order} LIMIT ? OFFSET ?`;
      const rows = this.store.select(
        collection,
        plan.where,
        [...plan.params, options.limit ?? -1, options.skip ?? 0],
        tail,
      );
      return rows.map((row) => ({ row, doc: parseDoc(row.doc) }));
    }
    const rows = this.store.select(collection, plan.where, plan.params);
    this.noteScan(collection, rows.length, filter);
    const byDoc = new Map<Doc, Row>();
    const docs = rows.map((row) => {
      const doc = parseDoc(row.doc);
      byDoc.set(doc, row);
      return doc;
    });
    let cursor = compile(plan.exact ? {} : filter).find<Doc>(docs);
    if (options.sort && Object.keys(options.sort).length > 0)
      cursor = cursor.sort(options.sort as Record<string, 1 | -1>);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all().map((doc) => ({ row: byDoc.get(doc) as Row, doc }));
  }

  count(collection: string, filter: Doc): number {
    const plan = planFilter(filter, this.indexed(collection));
    if (plan.exact) return this.store.count(collection, plan.where, plan.params);
    return this.find(collection, filter).length;
  }

  /** Every document of a collection, for `$lookup` and friends in aggregation. */
  all(collection: string): Doc[] {
    const rows = this.store.select(collection, '', []);
    this.noteScan(collection, rows.length, {});
    return rows.map((r) => parseDoc(r.doc));
  }

  private noteScan(collection: string, scanned: number, filter: Doc): void {
    if (scanned <= SLOW_SCAN_DOCS) return;
    this.warn(
      `slow query: read ${scanned} documents of ${collection} for ${JSON.stringify(filter).slice(0, 200)}; ` +
        'declare an index in database/collections.json',
    );
  }
}
