import { type AuditEntry, auditActionLabels, auditFieldLabels } from '@contracts/admin/audit';
import { noticeStatusLabels, officialStatusLabels } from '@contracts/admin/notice';
import { bookingStatusLabels } from '@contracts/booking';
import { caseStateLabels } from '@contracts/case/lifecycle';
import { outcomeLabels } from '@contracts/consultation';
import { statusLabels as legalAidStatusLabels } from '@contracts/legal-aid/status';
import { MAX_EPOCH_MS, MIN_EPOCH_MS, roleLabels } from '@contracts/models';
import { warningStatusLabels } from '@contracts/plain/warning';
import type { AuditLogDoc } from '../models';

/** Longer values are cut: the list shows what changed, the notice itself shows the full text. */
const MAX_TEXT = 60;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Stored codes read as words, by field (the same code means different things in different fields). */
const codeLabels: Record<string, Record<string, string>> = {
  // Notice, legal-aid and warning statuses share the field name; their codes do not overlap.
  status: { ...noticeStatusLabels, ...legalAidStatusLabels, ...warningStatusLabels },
  state: caseStateLabels,
  booking: bookingStatusLabels,
  outcome: outcomeLabels,
  official: officialStatusLabels,
  role: roleLabels,
  fileType: { xlsx: '电子表格', csv: '逗号分隔的表格' },
};
const timeFields = new Set(['publishedAt', 'at']);

function cut(text: string): string {
  const chars = [...text];
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT).join('')}…` : text;
}

/** A stored time as China time; one outside the contracts' range (written before they were bounded) as is. */
function chinaTime(at: number): string {
  if (!Number.isFinite(at) || at < MIN_EPOCH_MS || at > MAX_EPOCH_MS) return `无效时间（${at}）`;
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function asText(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && timeFields.has(field)) return chinaTime(value);
  if (typeof value === 'string') return cut(codeLabels[field]?.[value] ?? value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return cut(value.join('、') || '—');
  return cut(JSON.stringify(value));
}

/** Entries recorded before targets were words held raw ids: those read as a dash, never as an id. */
const RAW_ID = /^(cloud:\/\/|[0-9a-f]{24,}$|[a-z][0-9a-f]{24,}$)/;

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** An audit entry as the console lists it: one line per changed field, before → after, in words. */
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
    target: RAW_ID.test(doc.target) ? '—' : doc.target,
    changes: fields.map((field) => ({
      field: auditFieldLabels[field] ?? field,
      before: asText(field, before[field]),
      after: asText(field, after[field]),
    })),
  };
}
