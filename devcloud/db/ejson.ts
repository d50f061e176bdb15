import { BSONRegExp, EJSON, Long } from 'bson';
import { CloudCode, CloudError } from '../server/cloud-error';

/** A document as the engine holds it: plain JS values, Dates as Date, 64-bit integers beyond 2^53 as Long. */
export type Doc = Record<string, unknown>;

/** Largest millisecond value that EJSON's relaxed form writes as an ISO string (year 9999). */
const MAX_ISO_DATE = 253_402_300_799_999;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** JS RegExp accepts only some of MongoDB's options; `x` (extended) has no JS equivalent and is dropped. */
function toRegExp(pattern: string, options: string): RegExp {
  const flags = [...new Set(options.split(''))].filter((f) => 'imsu'.includes(f)).join('');
  return new RegExp(pattern, flags);
}

function numberLong(text: string): number | Long {
  const long = Long.fromString(text);
  const n = long.toNumber();
  // Keep Long only when a JS number would lose digits, so ordinary counters stay plain numbers for mingo.
  return Number.isSafeInteger(n) ? n : long;
}

/**
 * Turns Extended JSON (already JSON.parse'd) into engine values. `now` resolves CloudBase's
 * `{$tcb_server_date:{offset}}` so every server date of one request shares one clock reading.
 */
export function fromEjson(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => fromEjson(v, now));
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] as string;
    const inner = value[key];
    switch (key) {
      case '$numberInt':
      case '$numberDouble':
      case '$numberDecimal':
        return Number(inner);
      case '$numberLong':
        if (typeof inner === 'string') return numberLong(inner);
        break;
      case '$date': {
        const ms = fromEjson(inner, now);
        if (typeof ms === 'string' || typeof ms === 'number') return new Date(ms);
        if (ms instanceof Long) return new Date(ms.toNumber());
        break;
      }
      case '$regularExpression':
        if (isPlainObject(inner) && typeof inner.pattern === 'string') {
          return toRegExp(inner.pattern, typeof inner.options === 'string' ? inner.options : '');
        }
        break;
      case '$oid':
        if (typeof inner === 'string') return inner;
        break;
      case '$tcb_server_date': {
        const offset = isPlainObject(inner) ? Number(fromEjson(inner.offset, now) ?? 0) : 0;
        return new Date(now + (Number.isFinite(offset) ? offset : 0));
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = fromEjson(value[key], now);
  return out;
}

/**
 * Turns engine values into relaxed Extended JSON: numbers stay JSON numbers so SQLite's json_extract (and
 * so the indexes) see them as numbers; Dates become `{$date: ISO}`, which sorts chronologically as text.
 */
export function toEjson(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $numberDouble: String(value) };
  if (value instanceof Date) {
    const ms = value.getTime();
    return ms >= 0 && ms <= MAX_ISO_DATE
      ? { $date: value.toISOString() }
      : { $date: { $numberLong: String(ms) } };
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toEjson(v)));
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } };
  if (value instanceof BSONRegExp)
    return { $regularExpression: { pattern: value.pattern, options: value.options } };
  if (value instanceof Long)
    return Number.isSafeInteger(value.toNumber()) ? value.toNumber() : { $numberLong: value.toString() };
  if (typeof value === 'bigint') return { $numberLong: value.toString() };
  if (isPlainObject(value)) {
    if (typeof (value as { _bsontype?: unknown })._bsontype === 'string')
      return EJSON.serialize(value, { relaxed: true });
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toEjson(v);
    return out;
  }
  return null;
}

/** Serialises a document for storage and for the SDK (which parses it with `EJSON.parse`). */
export function stringifyDoc(doc: Doc): string {
  return JSON.stringify(toEjson(doc));
}

/** Reads a stored document back; stored text never holds server dates, so the clock does not matter. */
export function parseDoc(text: string): Doc {
  return fromEjson(JSON.parse(text), 0) as Doc;
}

/**
 * Parses one EJSON-string parameter of an admin request (query, data, order, projection). The SDK always
 * sends objects here; anything else is a malformed request answered INVALID_PARAM, never a crash.
 */
export function parseEjsonParam(raw: unknown, field: string, now: number): Doc {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new CloudError(CloudCode.invalidParam, `${field} is not valid JSON`);
    }
  }
  if (!isPlainObject(value)) throw new CloudError(CloudCode.invalidParam, `${field} must be an object`);
  return fromEjson(value, now) as Doc;
}

export { isPlainObject };
