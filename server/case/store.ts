import { AppError, isAppError } from '../app-error';
import { recordCaseSteps } from '../audit';
import { Collections } from '../collections';
import { db, type TransactionLike } from '../db';
import type { UserDoc } from '../models';
import { caseFigure, moveFigures } from '../stats/rollups';
import { warnOnCase } from '../warnings/raise';
import type { CaseDoc } from './models';

function isConflict(error: unknown): boolean {
  const e = error as { code?: unknown; errCode?: unknown; message?: unknown };
  return [e.code, e.errCode, e.message].some((v) => String(v ?? '').includes('TRANSACTION_CONFLICT'));
}

/**
 * Runs a transaction, retrying on write conflicts beyond the SDK's own few retries: under a crowd of
 * bookings the loser of a conflict must get a clear answer (the slot is taken), not a generic failure.
 * AppErrors thrown inside roll back and pass through unchanged.
 */
export async function runTx<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return (await db().runTransaction(work, 5)) as T;
    } catch (error) {
      if (isAppError(error)) throw error;
      if (!isConflict(error)) throw error;
      if (attempt >= 12) throw new AppError('CONFLICT', '同时操作的人太多，请稍后再试');
      await new Promise((ok) => setTimeout(ok, 10 + Math.random() * 40 * (attempt + 1)));
    }
  }
}

/** Reads a document inside a transaction, answering null when it does not exist. */
export async function txGet<T>(
  tx: TransactionLike,
  name: Parameters<TransactionLike['collection']>[0],
  id: string,
): Promise<T | null> {
  const res = (await tx
    .collection(name)
    .doc(id)
    .get()
    .catch(() => null)) as { data?: T } | null;
  return res?.data ?? null;
}

/** Writes a whole case (without its id) inside a transaction. */
export async function txPutCase(tx: TransactionLike, doc: CaseDoc): Promise<void> {
  const { _id, ...data } = doc;
  await tx.collection(Collections.cases).doc(_id).set({ data });
}

/**
 * Changes one case in a transaction: `change` sees the current document and answers the next one (it may
 * claim or release slots through `tx`). A stale tap (the case moved on meanwhile) is refused by `change`.
 * Every step the change added to the timeline goes into the audit log as done by `by` (null only for
 * changes that add no step, such as a moderator's decision on held text).
 */
export async function updateCase(
  caseId: string,
  change: (current: CaseDoc, tx: TransactionLike) => Promise<CaseDoc>,
  by: UserDoc | null,
  now = Date.now(),
): Promise<CaseDoc> {
  const [before, next] = await runTx(async (tx) => {
    const current = await txGet<CaseDoc>(tx, Collections.cases, caseId);
    if (!current) throw new AppError('NOT_FOUND', '找不到这个案件');
    const changed = await change({ ...current, _id: caseId }, tx);
    await txPutCase(tx, changed);
    await moveFigures(tx, caseFigure(current), caseFigure(changed));
    return [{ ...current, _id: caseId }, changed] as const;
  });
  if (by) await recordCaseSteps(by, before, next, now);
  await warnOnCase(next, now);
  return next;
}
