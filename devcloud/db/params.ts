import { CloudCode, CloudError } from '../server/cloud-error';
import type { AdminParams } from '../server/module';
import { type Doc, parseEjsonParam } from './ejson';
import { checkCollectionName } from './store';

/**
 * Typed readers for the fields of a database admin request. Every wrong type answers INVALID_PARAM with
 * the field's name, which is what CloudBase does and what keeps a bad request from reaching the store.
 */
export function bool(params: AdminParams, key: string, fallback: boolean): boolean {
  const v = params[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new CloudError(CloudCode.invalidParam, `${key} must be a boolean`);
  return v;
}

export function int(params: AdminParams, key: string): number | undefined {
  const v = params[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new CloudError(CloudCode.invalidParam, `${key} must be a non-negative integer`);
  }
  return v;
}

export function optionalString(params: AdminParams, key: string): string | undefined {
  const v = params[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new CloudError(CloudCode.invalidParam, `${key} must be a string`);
  return v;
}

export function collectionOf(params: AdminParams): string {
  return checkCollectionName(params.collectionName);
}

/** The `query` field: an EJSON string (or object) holding a MongoDB filter; absent means all documents. */
export function filterOf(params: AdminParams, now: number): Doc {
  if (params.query === undefined || params.query === null || params.query === '') return {};
  return parseEjsonParam(params.query, 'query', now);
}

/** An optional EJSON object field (order, projection). */
export function optionalDoc(params: AdminParams, key: string, now: number): Doc | undefined {
  if (params[key] === undefined || params[key] === null || params[key] === '') return undefined;
  return parseEjsonParam(params[key], key, now);
}

/** `queryType: 'DOC'` marks a `doc(id)` operation; its query is `{_id: id}`. */
export function isDocQuery(params: AdminParams): boolean {
  const t = params.queryType;
  if (t !== undefined && t !== 'DOC' && t !== 'WHERE')
    throw new CloudError(CloudCode.invalidParam, 'queryType must be DOC or WHERE');
  return t === 'DOC';
}

/** The id of a DOC query; CloudBase ids are strings. */
export function docIdOf(filter: Doc): string {
  const id = filter._id;
  if (typeof id !== 'string' || id === '')
    throw new CloudError(CloudCode.invalidParam, 'a document query needs a string _id');
  return id;
}

/**
 * The transaction a request belongs to. In a transaction CloudBase allows only document operations and
 * `add`; a where-query that carries a transaction id is refused rather than silently run outside it.
 */
export function transactionOf(params: AdminParams, docOnly: boolean): string | undefined {
  const txId = optionalString(params, 'transactionId');
  if (txId && docOnly && !isDocQuery(params)) {
    throw new CloudError(CloudCode.transactionFail, 'only document operations are allowed in a transaction');
  }
  return txId;
}
