/** Where an application stands; `accepted` and `refused` close it (the retention clock starts then). */
export const statusLabels = {
  submitted: '审查中',
  need_material: '需要补充材料',
  accepted: '准予法律援助',
  refused: '不予法律援助',
} as const;

export type LegalAidStatus = keyof typeof statusLabels;

export const timelineLabels = {
  submitted: '提交申请',
  need_material: '要求补充材料',
  material_added: '补充了材料',
  accepted: '准予法律援助',
  refused: '不予法律援助',
} as const;

export type TimelineKind = keyof typeof timelineLabels;

/** What each photo is for: identity, proof of hardship (or of an exempt group), case materials. */
export const attachmentKindLabels = {
  id: '身份证件',
  hardship: '困难证明或身份证明',
  case: '案件材料',
} as const;

export type AttachmentKind = keyof typeof attachmentKindLabels;

/** The version of the consent text for sensitive personal information; a new text means a new version. */
export const CONSENT_VERSION = 'legal-aid-2026-01';

/** The purpose the consent names; stored with it so the record says what was agreed to. */
export const CONSENT_PURPOSE = '审查法律援助申请、指派律师、依法统计';
