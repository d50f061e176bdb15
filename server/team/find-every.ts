import type { CollectionName } from '../collections';
import { findMany } from '../db';

/** The SDK answers at most 1,000 documents a query. */
const PAGE = 1000;

/**
 * Every document matching `where`, page by page in id order: a month of a town's visits and records runs to
 * thousands, and a ledger that silently stopped at the first thousand would report work as missing.
 */
export async function findEvery<T>(name: CollectionName, where: Record<string, unknown>): Promise<T[]> {
  const all: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await findMany<T>(name, where, { orderBy: [['_id', 'asc']], limit: PAGE, skip });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}
