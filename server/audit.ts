import type { CaseDoc } from './case/models';
import { Collections } from './collections';
import type { ConsultationDoc } from './consultation/models';
import { insert } from './db';
import type { AuditLogDoc, UserDoc } from './models';

/** One change for the record. */
export interface AuditInput {
  /** `<domain>.<verb>`: the domain is the console tab it is listed under (types/admin/audit.ts). */
  action: string;
  /** What was changed or viewed, in words an admin recognises: a name, a case number, a notice title. */
  target: string;
  /** The record's id, for finding a record's entries; never shown. */
  targetId?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/**
 * Records who changed or viewed what and when. Callers record after their write succeeds, so the trail
 * never shows a change that did not happen. `target` is words, never an id; before/after hold codes and
 * short values that types/admin/audit.ts can label, never personal data.
 */
export async function recordAudit(actor: UserDoc, entry: AuditInput, at: number): Promise<void> {
  const doc: Omit<AuditLogDoc, '_id'> = { at, actorId: actor._id, actorRole: actor.role, ...entry };
  await insert(Collections.auditLogs, doc);
}

/** How a consultation is named in the record: who asked about what. */
export function consultationSubject(c: Pick<ConsultationDoc, 'residentName' | 'disputeType'>): string {
  return `咨询（${c.residentName}，${c.disputeType}）`;
}

/** How a legal-aid application is named in the record: its number, never the applicant's name. */
export function applicationSubject(a: { number: string }): string {
  return `法律援助申请 ${a.number}`;
}

/** How a case is named in the record. */
export function caseSubject(c: Pick<CaseDoc, 'caseNumber' | 'residentName'>): string {
  return `案件 ${c.caseNumber}（${c.residentName}）`;
}

/**
 * Records each step a case took in one change: every new timeline entry is one audit entry, so whatever
 * the handler (booking, lifecycle, invitation, follow-up), a change of a case is never missing.
 */
export async function recordCaseSteps(
  actor: UserDoc,
  before: CaseDoc | null,
  after: CaseDoc,
  at: number,
): Promise<void> {
  for (const step of after.timeline.slice(before?.timeline.length ?? 0)) {
    await recordAudit(
      actor,
      {
        action: `case.${step.event}`,
        target: caseSubject(after),
        targetId: after._id,
        ...(before ? { before: { state: before.state, booking: before.booking.status } } : {}),
        after: { state: after.state, booking: after.booking.status, step: step.text },
      },
      at,
    );
  }
}
