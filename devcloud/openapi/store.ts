import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A subscribe message as the local cloud recorded it instead of delivering it. */
export interface OutboxMessage {
  msgid: string;
  touser: string;
  templateId: string;
  page: string | null;
  data: Record<string, { value: string }>;
  miniprogramState: string | null;
  sentAt: number;
}

/** A mediaCheckAsync request and, once decided, its verdict. */
export interface MediaCheck {
  traceId: string;
  openid: string;
  mediaUrl: string;
  mediaType: number;
  suggest: 'pass' | 'review' | 'risky' | null;
  label: number | null;
  createdAt: number;
  decidedAt: number | null;
}

interface OutboxRow {
  msgid: string;
  touser: string;
  template_id: string;
  page: string | null;
  data: string;
  miniprogram_state: string | null;
  sent_at: number;
}

/**
 * Durable state of the open API: subscription credits, the outbox and media checks, in
 * `${dataDir}/openapi.sqlite`, so a restarted local cloud keeps what the user allowed and what was sent.
 */
export class OpenApiStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    this.db = new Database(join(dataDir, 'openapi.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS credits (openid TEXT, template_id TEXT, count INTEGER NOT NULL,
        PRIMARY KEY (openid, template_id));
      CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, msgid TEXT, touser TEXT,
        template_id TEXT, page TEXT, data TEXT, miniprogram_state TEXT, sent_at INTEGER);
      CREATE INDEX IF NOT EXISTS outbox_touser ON outbox (touser, seq);
      CREATE TABLE IF NOT EXISTS media_checks (trace_id TEXT PRIMARY KEY, openid TEXT, media_url TEXT,
        media_type INTEGER, suggest TEXT, label INTEGER, created_at INTEGER, decided_at INTEGER);`);
  }

  grant(openid: string, templateId: string, count: number): number {
    this.db
      .prepare(`INSERT INTO credits VALUES (?, ?, ?)
        ON CONFLICT (openid, template_id) DO UPDATE SET count = count + excluded.count`)
      .run(openid, templateId, count);
    return this.credits(openid, templateId);
  }

  credits(openid: string, templateId: string): number {
    const row = this.db
      .prepare('SELECT count FROM credits WHERE openid = ? AND template_id = ?')
      .get(openid, templateId);
    return (row as { count: number } | undefined)?.count ?? 0;
  }

  /** Takes one credit and records the message in one transaction; false when no credit was left. */
  consumeAndRecord(message: OutboxMessage): boolean {
    return this.db.transaction(() => {
      const taken = this.db
        .prepare('UPDATE credits SET count = count - 1 WHERE openid = ? AND template_id = ? AND count > 0')
        .run(message.touser, message.templateId);
      if (taken.changes === 0) return false;
      this.db
        .prepare(
          'INSERT INTO outbox (msgid, touser, template_id, page, data, miniprogram_state, sent_at) VALUES (?,?,?,?,?,?,?)',
        )
        .run(
          message.msgid,
          message.touser,
          message.templateId,
          message.page,
          JSON.stringify(message.data),
          message.miniprogramState,
          message.sentAt,
        );
      return true;
    })();
  }

  outbox(touser?: string): OutboxMessage[] {
    const rows = (
      touser
        ? this.db.prepare('SELECT * FROM outbox WHERE touser = ? ORDER BY seq').all(touser)
        : this.db.prepare('SELECT * FROM outbox ORDER BY seq').all()
    ) as OutboxRow[];
    return rows.map((r) => ({
      msgid: r.msgid,
      touser: r.touser,
      templateId: r.template_id,
      page: r.page,
      data: JSON.parse(r.data) as OutboxMessage['data'],
      miniprogramState: r.miniprogram_state,
      sentAt: r.sent_at,
    }));
  }

  saveMediaCheck(c: MediaCheck): void {
    this.db
      .prepare('INSERT OR REPLACE INTO media_checks VALUES (?,?,?,?,?,?,?,?)')
      .run(c.traceId, c.openid, c.mediaUrl, c.mediaType, c.suggest, c.label, c.createdAt, c.decidedAt);
  }

  mediaCheck(traceId: string): MediaCheck | null {
    const r = this.db.prepare('SELECT * FROM media_checks WHERE trace_id = ?').get(traceId) as
      | Record<string, string | number | null>
      | undefined;
    if (!r) return null;
    return {
      traceId: String(r.trace_id),
      openid: String(r.openid),
      mediaUrl: String(r.media_url),
      mediaType: Number(r.media_type),
      suggest: (r.suggest as MediaCheck['suggest']) ?? null,
      label: r.label === null ? null : Number(r.label),
      createdAt: Number(r.created_at),
      decidedAt: r.decided_at === null ? null : Number(r.decided_at),
    };
  }

  close(): void {
    this.db.close();
  }
}
