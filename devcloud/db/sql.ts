import { CloudCode, CloudError } from '../server/cloud-error';

/* SQL identifiers and expressions built from collection and field names, and SQLite error mapping. */

/** Collection names as CloudBase accepts them; they become part of SQL identifiers, so nothing else passes. */
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,100}$/;
/** Field paths allowed in index declarations; they are spliced into SQL expressions. */
const FIELD_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** Validates a collection name from a request; a bad one is the caller's error, not the server's. */
export function checkCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw new CloudError(CloudCode.invalidParam, 'collectionName must be 1-100 letters, digits, _ or -');
  }
  return name;
}

/** Whether a field path may be used in SQL (index declarations, pushdown). */
export function isSafeFieldPath(field: string): boolean {
  return FIELD_PATH.test(field);
}

/**
 * The SQL expression for a field of a document. Index creation and the query planner must produce the
 * identical text, or SQLite will not match the query to the expression index.
 */
export function fieldExpr(field: string): string {
  if (field === '_id') return 'id';
  return `json_extract(doc, '$.${field
    .split('.')
    .map((s) => `"${s}"`)
    .join('.')}')`;
}

/** The SQL table of a collection (name already validated). */
export function tableOf(collection: string): string {
  return `"c_${collection}"`;
}

/** Maps SQLite constraint errors to CloudBase's duplicate-write error; rethrows anything else. */
export function translateSqliteError(error: unknown): never {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    throw new CloudError(
      CloudCode.duplicateWrite,
      `E11000 duplicate key error (${(error as Error).message})`,
    );
  }
  throw error;
}
