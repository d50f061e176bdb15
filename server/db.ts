import { cloud } from './cloud';
import type { CollectionName } from './collections';

/**
 * Typed access to the database through the SDK. The SDK's own typings return loosely typed results;
 * this is the one place that narrows them, so handlers read and write the stored shapes of models.ts.
 */
export function db() {
  return cloud.database();
}

export const command = () => db().command;

type Where = Record<string, unknown>;

export interface FindOptions {
  orderBy?: [field: string, direction: 'asc' | 'desc'][];
  limit?: number;
  skip?: number;
}

export async function findMany<T>(
  name: CollectionName,
  where: Where,
  options: FindOptions = {},
): Promise<T[]> {
  let query = db().collection(name).where(where);
  for (const [field, direction] of options.orderBy ?? []) query = query.orderBy(field, direction);
  if (options.skip) query = query.skip(options.skip);
  const res = (await query.limit(options.limit ?? 100).get()) as unknown as { data: T[] };
  return res.data;
}

export async function findOne<T>(name: CollectionName, where: Where): Promise<T | null> {
  const [first] = await findMany<T>(name, where, { limit: 1 });
  return first ?? null;
}

export async function getById<T>(name: CollectionName, id: string): Promise<T | null> {
  const res = (await db().collection(name).where({ _id: id }).limit(1).get()) as unknown as { data: T[] };
  return res.data[0] ?? null;
}

export async function count(name: CollectionName, where: Where): Promise<number> {
  const res = (await db().collection(name).where(where).count()) as unknown as { total: number };
  return res.total;
}

/** Inserts a document and answers its id (the given `_id`, or one CloudBase makes). */
export async function insert<T extends object>(name: CollectionName, doc: T): Promise<string> {
  const res = (await db().collection(name).add({ data: doc })) as unknown as { _id: string };
  return res._id;
}

/** Applies a partial update (operators from `command()` allowed) and answers how many documents changed. */
export async function updateById(name: CollectionName, id: string, patch: Where): Promise<number> {
  const res = (await db().collection(name).doc(id).update({ data: patch })) as unknown as {
    stats: { updated: number };
  };
  return res.stats.updated;
}

/** The part of the SDK's transaction object handlers use: document operations and add, as in production. */
export interface TransactionLike {
  collection(name: CollectionName): {
    doc(id: string): {
      get(): Promise<unknown>;
      set(options: { data: object }): Promise<unknown>;
      update(options: { data: object }): Promise<unknown>;
      remove(): Promise<unknown>;
    };
    add(options: { data: object }): Promise<unknown>;
  };
}
