import { randomBytes } from 'node:crypto';
import { CloudCode, CloudError } from '../server/cloud-error';
import { type Doc, stringifyDoc } from './ejson';
import type { DatabaseEngine } from './engine';
import { docIdOf } from './params';
import { translateSqliteError } from './store';
import { applyModification, checkModification, upsertSeed } from './update';

/** A new document id: 32 hex digits, the shape CloudBase gives documents added without `_id`. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

/** Options of `database.modifyDocument`: `set()` is merge false + upsert true, `update()` merge true. */
export interface ModifyOptions {
  merge: boolean;
  multi: boolean;
  upsert: boolean;
}

/** Runs store writes in one SQLite transaction, turning unique violations into DATABASE_DUPLICATE_WRITE. */
function atomically<T>(engine: DatabaseEngine, fn: () => T): T {
  try {
    return engine.store.transaction(fn);
  } catch (error) {
    if (error instanceof CloudError) throw error;
    return translateSqliteError(error);
  }
}

function idOf(doc: Doc): string {
  const id = doc._id ?? newId();
  if (typeof id !== 'string' || id === '')
    throw new CloudError(CloudCode.invalidParam, '_id must be a non-empty string');
  return id;
}

/** Inserts documents (all or none); inside a transaction they wait for the commit. */
export function insertDocs(engine: DatabaseEngine, collection: string, docs: Doc[], txId?: string): string[] {
  engine.store.requireCollection(collection);
  const withIds = docs.map((d) => ({ ...d, _id: idOf(d) }));
  const ids = withIds.map((d) => d._id);
  if (txId) {
    for (const d of withIds) {
      if (engine.transactions.read(txId, collection, d._id)) {
        throw new CloudError(CloudCode.duplicateWrite, `E11000 duplicate key error (_id ${d._id})`);
      }
      engine.transactions.write(txId, collection, d._id, d);
    }
    return ids;
  }
  atomically(engine, () => {
    for (const d of withIds) engine.store.insert(collection, d._id, stringifyDoc(d));
  });
  engine.emitChange(collection, ids);
  return ids;
}

/** Updates or replaces matching documents; `updated` counts documents whose content changed. */
export function modifyDocs(
  engine: DatabaseEngine,
  collection: string,
  filter: Doc,
  data: Doc,
  options: ModifyOptions,
  txId?: string,
): { updated: number; upsertId?: string } {
  engine.store.requireCollection(collection);
  checkModification(data, options.merge);
  if (txId) {
    const id = docIdOf(filter);
    const current = engine.transactions.read(txId, collection, id);
    if (!current) {
      if (!options.upsert) return { updated: 0 };
      engine.transactions.write(txId, collection, id, applyModification({ _id: id }, data, options.merge));
      return { updated: 0, upsertId: id };
    }
    const next = applyModification(current, data, options.merge);
    if (stringifyDoc(next) === stringifyDoc(current)) return { updated: 0 };
    engine.transactions.write(txId, collection, id, next);
    return { updated: 1 };
  }
  const changed: string[] = [];
  let upsertId: string | undefined;
  atomically(engine, () => {
    const found = engine.finder.find(collection, filter, options.multi ? {} : { limit: 1 });
    for (const { row, doc } of found) {
      const text = stringifyDoc(applyModification(doc, data, options.merge));
      if (text === row.doc) continue;
      engine.store.replace(collection, row.id, text);
      changed.push(row.id);
    }
    if (found.length === 0 && options.upsert) {
      const seed = upsertSeed(filter);
      const base = { ...seed, _id: idOf(seed) };
      const doc = applyModification(base, data, options.merge);
      engine.store.insert(collection, base._id, stringifyDoc(doc));
      upsertId = base._id;
    }
  });
  engine.emitChange(collection, upsertId ? [...changed, upsertId] : changed);
  return { updated: changed.length, upsertId };
}

/** Removes matching documents (the first only when `multi` is false). */
export function removeDocs(
  engine: DatabaseEngine,
  collection: string,
  filter: Doc,
  multi: boolean,
  txId?: string,
): number {
  engine.store.requireCollection(collection);
  if (txId) {
    const id = docIdOf(filter);
    if (!engine.transactions.read(txId, collection, id)) return 0;
    engine.transactions.write(txId, collection, id, null);
    return 1;
  }
  const ids = atomically(engine, () => {
    const found = engine.finder.find(collection, filter, multi ? {} : { limit: 1 });
    return found.filter(({ row }) => engine.store.delete(collection, row.id)).map(({ row }) => row.id);
  });
  engine.emitChange(collection, ids);
  return ids.length;
}
