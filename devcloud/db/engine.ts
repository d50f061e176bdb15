import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collectionsFilePath, loadCollectionsFile } from '../schema/collections-file';
import type { DevCloudContext } from '../server/module';
import { Finder } from './finder';
import { SqliteStore } from './store';
import { TransactionManager } from './transactions';

/**
 * The database of one environment: the SQLite store, the indexed fields per collection, the query finder
 * and the open transactions. Actions and the DocumentReader share this one instance.
 */
export class DatabaseEngine {
  readonly store: SqliteStore;
  readonly finder: Finder;
  readonly transactions: TransactionManager;
  private readonly indexed = new Map<string, Set<string>>();

  constructor(private readonly ctx: DevCloudContext) {
    this.store = new SqliteStore(join(ctx.dataDir, 'db.sqlite'));
    this.finder = new Finder(
      this.store,
      (c) => this.indexedFields(c),
      (m) => ctx.log('warn', m),
    );
    this.transactions = new TransactionManager(this.store);
  }

  /**
   * Creates every collection and index declared in database/collections.json. Runs at every start, so an
   * index added to the file appears on the next start; a declared unique index that existing data
   * violates stops the start with SQLite's error, as the CloudBase console would refuse it.
   */
  applyDeclarations(): void {
    if (!existsSync(collectionsFilePath(this.ctx.rootDir))) return;
    const file = loadCollectionsFile(this.ctx.rootDir);
    for (const [name, spec] of Object.entries(file.collections)) {
      this.store.createCollection(name);
      const fields = new Set<string>();
      for (const index of spec.indexes) {
        const keys = Object.entries(index.keys);
        this.store.ensureIndex(name, index.name, keys, index.unique === true);
        for (const [k] of keys) fields.add(k);
      }
      this.indexed.set(name, fields);
    }
  }

  /** Adds an index at run time (benchmarks, tests); the declaration file is the normal way. */
  declareIndex(collection: string, name: string, keys: [string, 1 | -1][], unique = false): void {
    this.store.createCollection(collection);
    this.store.ensureIndex(collection, name, keys, unique);
    const fields = this.indexed.get(collection) ?? new Set<string>();
    for (const [k] of keys) fields.add(k);
    this.indexed.set(collection, fields);
  }

  /** Fields that have an expression index; the planner pushes conditions on these into SQL. */
  indexedFields(collection: string): ReadonlySet<string> {
    return this.indexed.get(collection) ?? new Set();
  }

  /** Announces committed writes; realtime re-evaluates its subscriptions on these. */
  emitChange(collection: string, ids: string[]): void {
    if (ids.length > 0) this.ctx.events.emit('change', { collection, ids });
  }

  close(): void {
    this.store.close();
  }
}
