import { z } from 'zod';
import {
  type AttachmentKind,
  attachmentKindLabels,
  type LegalAidStatus,
  statusLabels,
  type TimelineKind,
  timelineLabels,
} from '../plain/legal-aid';
import { ZFileId } from '../uploads';

export {
  type AttachmentKind,
  attachmentKindLabels,
  CONSENT_PURPOSE,
  CONSENT_VERSION,
  type LegalAidStatus,
  statusLabels,
  type TimelineKind,
  timelineLabels,
} from '../plain/legal-aid';

export const ZLegalAidStatus = z.enum(Object.keys(statusLabels) as [LegalAidStatus, ...LegalAidStatus[]]);

export const ZTimelineEntry = z.object({
  at: z.number(),
  kind: z.enum(Object.keys(timelineLabels) as [TimelineKind, ...TimelineKind[]]),
  /** The officer's reason or request, or the applicant's note with new material. */
  note: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof ZTimelineEntry>;

export const ZAttachmentKind = z.enum(
  Object.keys(attachmentKindLabels) as [AttachmentKind, ...AttachmentKind[]],
);

/**
 * A photo as the client sends it: a fileID in the caller's own legal-aid folder
 * (`uploadFolderOf(userId, 'legal-aid')`, checked by the function).
 */
export const ZAttachmentRef = z.strictObject({
  kind: ZAttachmentKind,
  fileID: ZFileId,
});
export type AttachmentRef = z.infer<typeof ZAttachmentRef>;

/** A photo as a reader gets it: a short-lived URL, only in unmasked views. */
export const ZAttachmentView = z.object({ kind: ZAttachmentKind, url: z.string(), addedAt: z.number() });
export type AttachmentView = z.infer<typeof ZAttachmentView>;
