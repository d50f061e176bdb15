import { Collections } from './collections';
import { insert } from './db';
import type { AuditLogDoc, UserDoc } from './models';

/**
 * Records who changed what and when. Every admin action calls this after its write succeeds, so the audit
 * trail never shows a change that did not happen. Personal data must not be put into before/after.
 */
export async function recordAudit(
  actor: UserDoc,
  entry: { action: string; target: string; before?: unknown; after?: unknown },
  at: number,
): Promise<void> {
  const doc: Omit<AuditLogDoc, '_id'> = { at, actorId: actor._id, actorRole: actor.role, ...entry };
  await insert(Collections.auditLogs, doc);
}
