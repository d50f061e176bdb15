import type { z } from 'zod';

/**
 * Turns a page of stored documents into the views a list answers, one document at a time. A document that
 * cannot be shown (its view throws, or the view breaks the item's contract, say a time of `9e15` written
 * before times were bounded, or by a console edit) is left out of the page and logged by id, so one bad
 * document never turns a whole list into INTERNAL for every reader.
 *
 * The view itself is returned, not the parsed copy: the contract is the check, the view stays the answer.
 */
export function viewEach<D extends { _id: string }, V>(
  list: string,
  docs: readonly D[],
  item: z.ZodType,
  toView: (doc: D) => V,
): V[] {
  const views: V[] = [];
  for (const doc of docs) {
    try {
      const view = toView(doc);
      const checked = item.safeParse(view);
      if (checked.success) {
        views.push(view);
        continue;
      }
      const where = checked.error.issues.map((i) => i.path.join('.') || '_').join(', ');
      console.error(`[${list}] skipped document ${doc._id}: does not fit the contract at ${where}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[${list}] skipped document ${doc._id}: ${reason}`);
    }
  }
  return views;
}
