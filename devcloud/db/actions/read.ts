import { Query } from 'mingo';
import { CloudCode, CloudError } from '../../server/cloud-error';
import type { AdminHandler } from '../../server/module';
import { type Doc, stringifyDoc } from '../ejson';
import type { DatabaseEngine } from '../engine';
import { mingoOptions } from '../finder';
import { collectionOf, docIdOf, filterOf, int, isDocQuery, optionalDoc, transactionOf } from '../params';

/** CloudBase returns 100 documents when no limit is given and never more than 1000 per request. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** `order` arrives as `{field: 1 | -1}` in the order `orderBy` was called. */
function sortOf(order: Doc | undefined): Record<string, number> | undefined {
  if (!order) return undefined;
  for (const [k, v] of Object.entries(order)) {
    if (v !== 1 && v !== -1) throw new CloudError(CloudCode.invalidParam, `order of ${k} must be 1 or -1`);
  }
  return order as Record<string, number>;
}

/** Applies a `field()` projection with MongoDB's rules (`_id` stays unless excluded). */
export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  try {
    return new Query({}, mingoOptions()).find<Doc>(docs, projection).all();
  } catch (error) {
    throw new CloudError(CloudCode.invalidParam, `bad projection: ${(error as Error).message}`);
  }
}

/** `database.getDocument`: `where().get()` and `doc().get()`; answers `{data:{list:[EJSON...]}}`. */
export function getDocument(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const now = Date.now();
    const collection = collectionOf(params);
    const filter = filterOf(params, now);
    const projection = optionalDoc(params, 'projection', now);
    const txId = transactionOf(params, true);
    let docs: Doc[];
    if (txId) {
      const doc = engine.transactions.read(txId, collection, docIdOf(filter));
      docs = doc ? [doc] : [];
    } else {
      engine.store.requireCollection(collection);
      const limit = Math.min(int(params, 'limit') || DEFAULT_LIMIT, MAX_LIMIT);
      const sort = sortOf(optionalDoc(params, 'order', now));
      const skip = int(params, 'offset') ?? 0;
      const found = engine.finder.find(
        collection,
        filter,
        isDocQuery(params) ? { limit: 1 } : { sort, skip, limit },
      );
      docs = found.map((f) => f.doc);
    }
    return { data: { list: project(docs, projection).map(stringifyDoc) } };
  };
}

/** `database.calculateDocument`: `count()`; answers `{data:{total}}`. */
export function calculateDocument(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const collection = collectionOf(params);
    const filter = filterOf(params, Date.now());
    engine.store.requireCollection(collection);
    return { data: { total: engine.finder.count(collection, filter) } };
  };
}
