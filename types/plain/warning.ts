/**
 * Early warning of disputes (矛盾纠纷预警): levels, their words, and what a warning's reasons can be.
 * Labels only (no zod), for the admin's warning list.
 */
export const warningLevels = ['red', 'orange', 'yellow'] as const;
export type WarningLevel = (typeof warningLevels)[number];

export const warningLevelLabels: Record<WarningLevel, string> = {
  red: '红色预警',
  orange: '橙色预警',
  yellow: '黄色预警',
};

/** Higher is more urgent: red notifies the judicial office at once, orange the same day, yellow is listed. */
export const levelRank: Record<WarningLevel, number> = { red: 3, orange: 2, yellow: 1 };

/** The kinds of rule in the configuration (types/warning/rules.ts). */
export const warningRuleKinds = ['people', 'keywords', 'repeat', 'failedDeadline'] as const;
export type WarningRuleKind = (typeof warningRuleKinds)[number];

export const warningRuleLabels: Record<WarningRuleKind, string> = {
  people: '涉及人数多',
  keywords: '言语中有暴力或轻生倾向',
  repeat: '同一当事人反复纠纷',
  failedDeadline: '调解未成功且期限临近',
};

/** open: waits for the office; acknowledged: someone has seen it; handled: done, with a note. */
export const warningStatuses = ['open', 'acknowledged', 'handled', 'cleared'] as const;
export type WarningStatus = (typeof warningStatuses)[number];

export const warningStatusLabels: Record<WarningStatus, string> = {
  open: '待处置',
  acknowledged: '已知悉',
  handled: '已处置',
  cleared: '已解除',
};

/** What the office did about a warning: a fixed list, so the record needs no free text to screen. */
export const warningOutcomes = ['mediated', 'contacted', 'police', 'escalated', 'false_alarm'] as const;
export type WarningOutcome = (typeof warningOutcomes)[number];

export const warningOutcomeLabels: Record<WarningOutcome, string> = {
  mediated: '已组织调解化解',
  contacted: '已联系当事人稳控',
  police: '已移交公安机关',
  escalated: '已上报县司法局',
  false_alarm: '经核实不构成风险',
};
