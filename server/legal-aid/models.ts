import type { AreaRef } from '@contracts/area/models';
import type { Matter, Stage } from '@contracts/legal-aid/matters';
import type { AttachmentKind, LegalAidStatus, TimelineEntry } from '@contracts/legal-aid/status';

/**
 * Stored shapes of legal aid. Everything personal lives in `personalEnc` (the whole form as AES-256-GCM
 * ciphertext); the plain fields are the ones the queue and the anonymous statistics need.
 */
export interface LegalAidDraftDoc {
  /** The applicant's user id: one draft per person. */
  _id: string;
  formEnc: string;
  step: number;
  updatedAt: number;
}

export interface StoredAttachment {
  kind: AttachmentKind;
  fileID: string;
  addedAt: number;
}

export interface LegalAidApplicationDoc {
  _id: string;
  /** 法援-2026-0001 */
  number: string;
  status: LegalAidStatus;
  matter: Matter;
  stage: Stage;
  /** The applicant's village from their profile (server/areas): the queue's scope and the statistics. */
  area?: AreaRef;
  /** That village's name, as the queue shows it. */
  areaName?: string;
  submittedAt: number;
  updatedAt: number;
  /** When it was accepted or refused; the retention period counts from here. */
  closedAt?: number;
  /** Set by the purge; from then on only the statistics fields remain. */
  purgedAt?: number;
  // Personal part, removed by the purge.
  applicantId?: string;
  applicantOpenid?: string;
  nameMasked?: string;
  idMasked?: string;
  personalEnc?: string;
  attachments?: StoredAttachment[];
  reviewerId?: string;
  timeline: TimelineEntry[];
  consent: { version: string; at: number; purpose: string; retentionDays: number };
}

/** One opening of an application's unmasked data by an officer. */
export interface LegalAidAccessLogDoc {
  _id: string;
  applicationId: string;
  officerId: string;
  at: number;
  purpose: 'review';
}
