import { fieldExpr } from './store';

/**
 * What the planner pushes into SQL. `where` narrows the candidates; when `exact` is true it says exactly
 * what the MongoDB filter says, so mingo need not re-check and ORDER BY / LIMIT may run in SQL too.
 *
 * Pushdown assumes an indexed field holds scalars (string, number or boolean) of one type across the
 * collection: SQLite's json_extract sees an array as text, so `{tags: 'a'}` on an indexed array field would
 * miss documents whose array contains 'a'. Declare indexes only on scalar fields. Filters stay exact for
 * mixed types (the json_type guards below), but an SQL ORDER BY does not rank types the way MongoDB does
 * (numbers < strings < objects < booleans < dates), so sorting in SQL relies on that one-type rule too.
 * Dates are stored as {"$date": ISO} text and so sort chronologically (years 1970-9999).
 */
export interface FilterPlan {
  where: string;
  params: unknown[];
  exact: boolean;
}

type Scalar = string | number | boolean;

const COMPARISON: Record<string, string> = { $eq: '=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
}

/**
 * MongoDB compares only within a type ("type bracketing"); SQLite compares across types. The json_type
 * guard restores MongoDB's meaning and is cheap because it runs only on rows the index already selected.
 */
function typeGuard(field: string, value: Scalar): string {
  if (field === '_id') return '';
  const path = fieldExpr(field).replace(/^json_extract/, 'json_type');
  if (typeof value === 'string') return ` AND ${path} = 'text'`;
  if (typeof value === 'number') return ` AND ${path} IN ('integer', 'real')`;
  return ` AND ${path} = '${value ? 'true' : 'false'}'`;
}

/** SQLite has no boolean type: json_extract yields 1 / 0 for JSON true / false. */
function bind(v: Scalar): string | number {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** One comparison `field op value`, or null when it cannot be expressed exactly. */
function comparison(field: string, op: string, value: unknown, params: unknown[]): string | null {
  if (op === '$in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > 500) return null;
    const kind = typeof value[0];
    if (kind === 'boolean' || !value.every((v) => isScalar(v) && typeof v === kind)) return null;
    params.push(...(value as Scalar[]).map(bind));
    return `(${fieldExpr(field)} IN (${value.map(() => '?').join(', ')})${typeGuard(field, value[0] as Scalar)})`;
  }
  const sqlOp = COMPARISON[op];
  if (!sqlOp || !isScalar(value)) return null;
  if (typeof value === 'boolean' && sqlOp !== '=') return null;
  if (field === '_id' && typeof value !== 'string') return null;
  params.push(bind(value));
  return `(${fieldExpr(field)} ${sqlOp} ?${typeGuard(field, value)})`;
}

function isOperatorObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Date || v instanceof RegExp)
    return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/**
 * Splits a filter into the part SQL can answer through indexes (top-level conditions on indexed fields or
 * `_id`, also inside a top-level `$and`) and whether that part is the whole filter.
 */
export function planFilter(filter: Record<string, unknown>, indexed: ReadonlySet<string>): FilterPlan {
  const clauses: string[] = [];
  const params: unknown[] = [];
  let exact = true;
  for (const [field, cond] of Object.entries(filter)) {
    // `$and` of plain filters (the SDK sends `_.gte(a).and(_.lt(b))` so): each part is planned the same way.
    if (field === '$and' && Array.isArray(cond) && cond.every((c) => typeof c === 'object' && c !== null)) {
      for (const part of cond as Record<string, unknown>[]) {
        const sub = planFilter(part, indexed);
        if (sub.where) clauses.push(`(${sub.where})`);
        params.push(...sub.params);
        exact &&= sub.exact;
      }
      continue;
    }
    if (field.startsWith('$') || (field !== '_id' && !indexed.has(field))) {
      exact = false;
      continue;
    }
    if (isOperatorObject(cond)) {
      for (const [op, value] of Object.entries(cond)) {
        const sql = comparison(field, op, value, params);
        if (sql) clauses.push(sql);
        else exact = false;
      }
    } else {
      const sql = comparison(field, '$eq', cond, params);
      if (sql) clauses.push(sql);
      else exact = false;
    }
  }
  return { where: clauses.join(' AND '), params, exact };
}

/**
 * ORDER BY for a sort, or null when SQL cannot sort like MongoDB would (a field that is not indexed).
 * `rowid` breaks ties so the order matches mingo's stable sort over rows read in insertion order.
 */
export function planSort(
  sort: Record<string, number> | undefined,
  indexed: ReadonlySet<string>,
): string | null {
  const entries = Object.entries(sort ?? {});
  if (!entries.every(([f]) => f === '_id' || indexed.has(f))) return null;
  const terms = entries.map(([f, dir]) => `${fieldExpr(f)} ${dir < 0 ? 'DESC' : 'ASC'}`);
  return `ORDER BY ${[...terms, 'rowid'].join(', ')}`;
}
