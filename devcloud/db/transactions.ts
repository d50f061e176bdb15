import { randomBytes } from 'node:crypto';
import { CloudCode, CloudError } from '../server/cloud-error';
import type { ChangeEvent } from '../server/module';
import { type Doc, parseDoc, stringifyDoc } from './ejson';
import { type SqliteStore, translateSqliteError } from './store';

/** A transaction left open this long (a function that crashed mid-way) is dropped. CloudBase uses ~30 s. */
export const TRANSACTION_TTL_MS = 30_000;

/** One document a transaction has touched: the version it saw and, once written, its new content. */
interface Touched {
  collection: string;
  id: string;
  /** Version read from the store; 0 when the document did not exist. */
  baseVer: number;
  /** The transaction's view of the document (its own writes included); null when absent or removed. */
  doc: Doc | null;
  written: boolean;
}

interface OpenTransaction {
  touched: Map<string, Touched>;
  lastUsed: number;
}

/**
 * Optimistic transactions: reads record the version they saw, writes stay in memory; commit checks in
 * one SQLite transaction that no touched document changed, then applies every write. A changed version
 * answers DATABASE_TRANSACTION_CONFLICT, which makes the SDK's `runTransaction` run the callback again.
 */
export class TransactionManager {
  private readonly open = new Map<string, OpenTransaction>();

  constructor(private readonly store: SqliteStore) {}

  start(): string {
    this.expire();
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { touched: new Map(), lastUsed: Date.now() });
    return id;
  }

  /** Reads a document as the transaction sees it; the first read pins the version checked at commit. */
  read(txId: string, collection: string, id: string): Doc | null {
    return this.entry(this.get(txId), collection, id).doc;
  }

  /** Records a write (null removes); nothing reaches the store before commit. */
  write(txId: string, collection: string, id: string, doc: Doc | null): void {
    const entry = this.entry(this.get(txId), collection, id);
    entry.doc = doc;
    entry.written = true;
  }

  /** Commits atomically and returns the changes to announce; the transaction is gone either way. */
  commit(txId: string): ChangeEvent[] {
    const tx = this.get(txId);
    this.open.delete(txId);
    const changes = new Map<string, string[]>();
    try {
      this.store.transaction(() => {
        for (const t of tx.touched.values()) {
          const current = this.store.get(t.collection, t.id)?.ver ?? 0;
          if (current !== t.baseVer) {
            throw new CloudError(
              CloudCode.transactionConflict,
              `document ${t.id} of ${t.collection} changed; retry`,
            );
          }
        }
        for (const t of tx.touched.values()) {
          if (!t.written) continue;
          if (t.doc === null) {
            if (t.baseVer === 0) continue;
            this.store.delete(t.collection, t.id);
          } else if (t.baseVer === 0) this.store.insert(t.collection, t.id, stringifyDoc(t.doc));
          else this.store.replace(t.collection, t.id, stringifyDoc(t.doc));
          changes.set(t.collection, [...(changes.get(t.collection) ?? []), t.id]);
        }
      });
    } catch (error) {
      if (error instanceof CloudError) throw error;
      translateSqliteError(error);
    }
    return [...changes].map(([collection, ids]) => ({ collection, ids }));
  }

  abort(txId: string): void {
    this.get(txId);
    this.open.delete(txId);
  }

  private get(txId: string): OpenTransaction {
    const tx = this.open.get(txId);
    if (!tx)
      throw new CloudError(CloudCode.transactionFail, `transaction ${txId} does not exist or has ended`);
    tx.lastUsed = Date.now();
    return tx;
  }

  private entry(tx: OpenTransaction, collection: string, id: string): Touched {
    const key = `${collection}\u0000${id}`;
    let t = tx.touched.get(key);
    if (!t) {
      this.store.requireCollection(collection);
      const row = this.store.get(collection, id);
      t = { collection, id, baseVer: row?.ver ?? 0, doc: row ? parseDoc(row.doc) : null, written: false };
      tx.touched.set(key, t);
    }
    return t;
  }

  private expire(): void {
    const limit = Date.now() - TRANSACTION_TTL_MS;
    for (const [id, tx] of this.open) if (tx.lastUsed < limit) this.open.delete(id);
  }
}
