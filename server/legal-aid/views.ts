import type { ApplicationForm } from '@contracts/legal-aid/form';
import type { AttachmentView } from '@contracts/legal-aid/status';
import type { ApplicationDetail, MyApplication, QueueItem } from '@contracts/legal-aid/views';
import type { LegalAidApplicationDoc } from './models';
import { fullApplicantView, maskedApplicantView, openForm } from './personal';

/** The latest officer note: the reason of a refusal or what material is wanted. */
function latestReason(doc: LegalAidApplicationDoc): string | undefined {
  const last = [...doc.timeline].reverse().find((t) => t.kind !== 'submitted' && t.kind !== 'material_added');
  return last?.note || undefined;
}

/** The applicant's list entry: status and reason, no personal data. */
export function toMyApplication(doc: LegalAidApplicationDoc): MyApplication {
  return {
    id: doc._id,
    number: doc.number,
    matter: doc.matter,
    status: doc.status,
    reason: doc.status === 'submitted' ? undefined : latestReason(doc),
    submittedAt: doc.submittedAt,
    updatedAt: doc.updatedAt,
  };
}

function reviewerOf(doc: LegalAidApplicationDoc, officerId: string): QueueItem['reviewer'] {
  if (!doc.reviewerId) return 'none';
  return doc.reviewerId === officerId ? 'mine' : 'other';
}

export function toQueueItem(doc: LegalAidApplicationDoc, officerId: string): QueueItem {
  return {
    ...toMyApplication(doc),
    stage: doc.stage,
    area: doc.areaName,
    nameMasked: doc.nameMasked ?? '（已清除）',
    idMasked: doc.idMasked ?? '（已清除）',
    reviewer: reviewerOf(doc, officerId),
  };
}

/**
 * The full view of an application. `masked` decides everything personal: a masked view carries the
 * masked identity only, no photos and no notes an officer wrote about the applicant's circumstances.
 */
export function toDetail(
  doc: LegalAidApplicationDoc,
  options: { viewerId: string; masked: boolean; attachments: AttachmentView[] },
): ApplicationDetail {
  const form = doc.personalEnc ? openForm<ApplicationForm>(doc.personalEnc) : null;
  const { nameMasked: _n, idMasked: _i, ...summary } = toQueueItem(doc, options.viewerId);
  return {
    ...summary,
    masked: options.masked,
    purged: doc.purgedAt !== undefined,
    applicant: form ? (options.masked ? maskedApplicantView(form) : fullApplicantView(form)) : undefined,
    attachments: options.masked ? [] : options.attachments,
    timeline: doc.timeline,
    consent: { version: doc.consent.version, at: doc.consent.at },
  };
}
