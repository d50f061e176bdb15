import { update as mingoUpdate } from 'mingo';
import { CloudCode, CloudError } from '../server/cloud-error';
import { type Doc, isPlainObject, parseDoc, stringifyDoc } from './ejson';

/** Update operators CloudBase accepts (`db.command` produces these); anything else is refused up front. */
const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$currentDate',
  '$bit',
]);

/** A deep copy that keeps Dates and Longs (structuredClone would turn a Long into a plain object). */
export function cloneDoc(doc: Doc): Doc {
  return parseDoc(stringifyDoc(doc));
}

/**
 * Checks an update before any document is touched, so a bad update fails even when nothing matches.
 * Returns the MongoDB modifier: operators as given, or plain fields (from `update()`) as `$set`.
 */
export function checkModification(data: Doc, merge: boolean): Doc {
  const keys = Object.keys(data);
  const operators = keys.filter((k) => k.startsWith('$'));
  if (!merge) {
    if (operators.length > 0)
      throw new CloudError(CloudCode.invalidParam, 'set() data must not hold update operators');
    return data;
  }
  if (operators.length > 0 && operators.length !== keys.length) {
    throw new CloudError(CloudCode.invalidParam, 'update data mixes operators and plain fields');
  }
  const modifier = operators.length > 0 ? data : { $set: data };
  for (const [op, spec] of Object.entries(modifier)) {
    if (!UPDATE_OPERATORS.has(op))
      throw new CloudError(CloudCode.invalidParam, `unsupported update operator ${op}`);
    if (!isPlainObject(spec)) throw new CloudError(CloudCode.invalidParam, `${op} needs an object`);
    for (const path of Object.keys(spec)) {
      if (path === '_id' || path.startsWith('_id.'))
        throw new CloudError(CloudCode.invalidParam, '_id cannot be updated');
    }
  }
  return modifier;
}

/**
 * Applies an update to a copy of `current`. `merge: true` is `update()`: operators, or plain fields taken
 * as `$set`. `merge: false` is `set()`: the data replaces the document, keeping its `_id`.
 */
export function applyModification(current: Doc, data: Doc, merge: boolean): Doc {
  const modifier = checkModification(data, merge);
  if (!merge) return { ...cloneDoc(modifier), _id: current._id };
  const next = cloneDoc(current);
  try {
    mingoUpdate(next, modifier, undefined, undefined, { cloneMode: 'deep' });
  } catch (error) {
    throw new CloudError(CloudCode.invalidParam, `cannot apply update: ${(error as Error).message}`);
  }
  return next;
}

/**
 * The document an upsert starts from: the filter's top-level equality conditions, as MongoDB does
 * (`doc(id).set()` sends `{_id: id}`, so the new document gets that id).
 */
export function upsertSeed(filter: Doc): Doc {
  const seed: Doc = {};
  for (const [k, v] of Object.entries(filter)) {
    if (k.startsWith('$') || k.includes('.')) continue;
    if (isPlainObject(v) && Object.keys(v).some((x) => x.startsWith('$'))) continue;
    seed[k] = v;
  }
  return seed;
}
