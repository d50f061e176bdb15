import { z } from 'zod';
import { ZFileId } from '../uploads';

/** Where an application stands; `accepted` and `refused` close it (the retention clock starts then). */
export const statusLabels = {
  submitted: '审查中',
  need_material: '需要补充材料',
  accepted: '准予法律援助',
  refused: '不予法律援助',
} as const;
export type LegalAidStatus = keyof typeof statusLabels;
export const ZLegalAidStatus = z.enum(Object.keys(statusLabels) as [LegalAidStatus, ...LegalAidStatus[]]);

export const timelineLabels = {
  submitted: '提交申请',
  need_material: '要求补充材料',
  material_added: '补充了材料',
  accepted: '准予法律援助',
  refused: '不予法律援助',
} as const;
export type TimelineKind = keyof typeof timelineLabels;

export const ZTimelineEntry = z.object({
  at: z.number(),
  kind: z.enum(Object.keys(timelineLabels) as [TimelineKind, ...TimelineKind[]]),
  /** The officer's reason or request, or the applicant's note with new material. */
  note: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof ZTimelineEntry>;

/** What each photo is for: identity, proof of hardship (or of an exempt group), case materials. */
export const attachmentKindLabels = {
  id: '身份证件',
  hardship: '困难证明或身份证明',
  case: '案件材料',
} as const;
export type AttachmentKind = keyof typeof attachmentKindLabels;
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

/** The version of the consent text for sensitive personal information; a new text means a new version. */
export const CONSENT_VERSION = 'legal-aid-2026-01';

/** The purpose the consent names; stored with it so the record says what was agreed to. */
export const CONSENT_PURPOSE = '审查法律援助申请、指派律师、依法统计';
