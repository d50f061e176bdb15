import { Collections } from './collections';
import { db, type TransactionLike } from './db';

/**
 * Next value of a named sequence, e.g. case numbers per year and dispute type (2026-邻里-0042). A
 * transaction reads and bumps the counter, so concurrent callers never get the same number.
 */
export async function nextSequence(name: string): Promise<number> {
  const result = (await db().runTransaction(async (tx: TransactionLike) => {
    const ref = tx.collection(Collections.counters).doc(name);
    const current = (await ref.get().catch(() => null)) as { data?: { value?: number } } | null;
    const value = (current?.data?.value ?? 0) + 1;
    if (current?.data) await ref.update({ data: { value } });
    else await ref.set({ data: { value } });
    return value;
  })) as number;
  return result;
}

/** Formats a case number as the justice office writes it: year, dispute type, four-digit sequence. */
export function formatCaseNumber(year: number, disputeType: string, sequence: number): string {
  return `${year}-${disputeType}-${String(sequence).padStart(4, '0')}`;
}
