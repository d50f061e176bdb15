import { CloudCode, CloudError } from '../../server/cloud-error';
import type { AdminHandler } from '../../server/module';
import { type Doc, parseEjsonParam } from '../ejson';
import type { DatabaseEngine } from '../engine';
import { bool, collectionOf, filterOf, transactionOf } from '../params';
import { insertDocs, modifyDocs, removeDocs } from '../writer';

/** `database.insertDocument`: `add()`; `data` is an array of EJSON strings; answers `{data:{insertedIds}}`. */
export function insertDocument(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const now = Date.now();
    const collection = collectionOf(params);
    const raw = params.data;
    if (!Array.isArray(raw) || raw.length === 0) {
      throw new CloudError(CloudCode.invalidParam, 'data must be a non-empty array of documents');
    }
    const docs: Doc[] = raw.map((d, i) => parseEjsonParam(d, `data[${i}]`, now));
    const txId = transactionOf(params, false);
    return { data: { insertedIds: insertDocs(engine, collection, docs, txId) } };
  };
}

/** `database.modifyDocument`: `update()` and `set()`; answers `{data:{updated, upsert_id}}`. */
export function modifyDocument(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const now = Date.now();
    const collection = collectionOf(params);
    const filter = filterOf(params, now);
    const data = parseEjsonParam(params.data, 'data', now);
    const options = {
      merge: bool(params, 'merge', true),
      multi: bool(params, 'multi', false),
      upsert: bool(params, 'upsert', false),
    };
    const txId = transactionOf(params, true);
    const { updated, upsertId } = modifyDocs(engine, collection, filter, data, options, txId);
    return { data: upsertId ? { updated, upsert_id: upsertId } : { updated } };
  };
}

/** `database.removeDocument`: `remove()`; answers `{data:{deleted}}`. */
export function removeDocument(engine: DatabaseEngine): AdminHandler {
  return (params) => {
    const collection = collectionOf(params);
    const filter = filterOf(params, Date.now());
    const txId = transactionOf(params, true);
    return { data: { deleted: removeDocs(engine, collection, filter, bool(params, 'multi', false), txId) } };
  };
}
