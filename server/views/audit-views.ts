import { type AuditEntry, auditActionLabels } from '@contracts/admin/audit';
import type { AuditLogDoc } from '../models';

/** Longer values are cut: the list shows what changed, the notice itself shows the full text. */
const MAX_TEXT = 60;

function asText(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const chars = [...text];
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT).join('')}…` : text;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** An audit entry as the console lists it: one line per changed field, before → after. */
export function toAuditEntry(doc: AuditLogDoc, actorName: string): AuditEntry {
  const before = asRecord(doc.before);
  const after = asRecord(doc.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return {
    id: doc._id,
    at: doc.at,
    actorId: doc.actorId,
    actorName,
    actorRole: doc.actorRole,
    action: doc.action,
    actionLabel: auditActionLabels[doc.action] ?? doc.action,
    target: doc.target,
    changes: fields.map((field) => ({ field, before: asText(before[field]), after: asText(after[field]) })),
  };
}
