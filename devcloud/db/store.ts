import Database from 'better-sqlite3';
import { CloudCode, CloudError } from '../server/cloud-error';
import { fieldExpr, isSafeFieldPath, tableOf } from './sql';

/** One stored document: its id, its relaxed-EJSON text and its version for optimistic concurrency. */
export interface Row {
  id: string;
  doc: string;
  ver: number;
}

export { checkCollectionName, fieldExpr, isSafeFieldPath, tableOf, translateSqliteError } from './sql';

/**
 * SQLite storage of one environment: one table per collection plus a `__collections` meta table. WAL with
 * synchronous=NORMAL: a committed transaction is in the WAL file before the call returns, so it survives
 * the process being killed (only an OS crash or power loss can lose the last transactions).
 */
export class SqliteStore {
  readonly db: Database.Database;
  private readonly names = new Set<string>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS __collections (name TEXT PRIMARY KEY, created_at INTEGER NOT NULL)',
    );
    for (const r of this.db.prepare('SELECT name FROM __collections').all() as { name: string }[])
      this.names.add(r.name);
  }

  /** A cached prepared statement; the planner produces few distinct SQL texts. */
  stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  hasCollection(name: string): boolean {
    return this.names.has(name);
  }

  collections(): string[] {
    return [...this.names].sort();
  }

  /** Throws CloudBase's not-exist error, which is what production answers for any undeclared collection. */
  requireCollection(name: string): void {
    if (!this.names.has(name))
      throw new CloudError(CloudCode.collectionNotExist, `Db or Table not exist: ${name}`);
  }

  /** Creates a collection; false when it already existed. */
  createCollection(name: string): boolean {
    if (this.names.has(name)) return false;
    this.db.transaction(() => {
      this.db.exec(
        `CREATE TABLE IF NOT EXISTS ${tableOf(name)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL, ver INTEGER NOT NULL)`,
      );
      this.db
        .prepare('INSERT OR IGNORE INTO __collections (name, created_at) VALUES (?, ?)')
        .run(name, Date.now());
    })();
    this.names.add(name);
    return true;
  }

  /** Creates an expression index over fields in order; safe to repeat at every start. */
  ensureIndex(collection: string, name: string, keys: [string, number][], unique: boolean): void {
    for (const [f] of keys)
      if (!isSafeFieldPath(f)) throw new Error(`index ${name}: unsupported field path ${f}`);
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`index name ${name}: letters, digits and _ only`);
    const cols = keys.map(([f, dir]) => `${fieldExpr(f)}${dir < 0 ? ' DESC' : ''}`).join(', ');
    const kind = unique ? 'UNIQUE INDEX' : 'INDEX';
    this.db.exec(
      `CREATE ${kind} IF NOT EXISTS "i_${collection}_${name}" ON ${tableOf(collection)} (${cols})`,
    );
  }

  get(collection: string, id: string): Row | undefined {
    return this.stmt(`SELECT id, doc, ver FROM ${tableOf(collection)} WHERE id = ?`).get(id) as
      | Row
      | undefined;
  }

  /** Rows in insertion order (rowid) unless `tail` orders them; `where` and `tail` come from the planner. */
  select(collection: string, where: string, params: unknown[], tail = ''): Row[] {
    const sql = `SELECT id, doc, ver FROM ${tableOf(collection)}${where ? ` WHERE ${where}` : ''} ${tail || 'ORDER BY rowid'}`;
    return this.stmt(sql).all(...params) as Row[];
  }

  count(collection: string, where: string, params: unknown[]): number {
    const sql = `SELECT count(*) AS n FROM ${tableOf(collection)}${where ? ` WHERE ${where}` : ''}`;
    return (this.stmt(sql).get(...params) as { n: number }).n;
  }

  insert(collection: string, id: string, doc: string): void {
    this.stmt(`INSERT INTO ${tableOf(collection)} (id, doc, ver) VALUES (?, ?, 1)`).run(id, doc);
  }

  /** Replaces a document in place (keeping its rowid, so insertion order survives updates). */
  replace(collection: string, id: string, doc: string): void {
    this.stmt(`UPDATE ${tableOf(collection)} SET doc = ?, ver = ver + 1 WHERE id = ?`).run(doc, id);
  }

  delete(collection: string, id: string): boolean {
    return this.stmt(`DELETE FROM ${tableOf(collection)} WHERE id = ?`).run(id).changes > 0;
  }

  /** Runs `fn` in one SQLite transaction; a thrown error rolls every write back. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}
