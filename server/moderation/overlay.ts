import type { HeldField } from '@contracts/moderation';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import type { HeldItemDoc } from './models';

/** The writer's own undecided or rejected texts of these documents, newest last. */
export async function heldOf(targetIds: string[], writerOpenid: string): Promise<HeldItemDoc[]> {
  if (targetIds.length === 0) return [];
  const _ = command();
  return findMany<HeldItemDoc>(
    Collections.heldItems,
    { targetId: _.in(targetIds), writerOpenid, status: _.in(['held', 'rejected']) },
    { orderBy: [['createdAt', 'asc']], limit: 100 },
  );
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    const copy = Array.isArray(child) ? [...child] : { ...(child as Record<string, unknown>) };
    node[part] = copy;
    node = copy as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

/**
 * A document as its writer sees it: their own held or rejected words in place of the placeholders, and
 * which fields those are, so the page can mark them 审核中 or 未通过审核.
 */
export function asWriterSees<T extends object>(
  doc: T,
  items: HeldItemDoc[],
  targetId: string,
): { doc: T; held: HeldField[] } {
  const copy = { ...doc } as Record<string, unknown>;
  const held: HeldField[] = [];
  for (const item of items) {
    if (item.targetId !== targetId) continue;
    setPath(copy, item.field, item.value);
    held.push({ field: item.field, status: item.status === 'rejected' ? 'rejected' : 'held' });
  }
  return { doc: copy as T, held };
}
