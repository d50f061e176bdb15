/** Where a consultation stands. */
export const consultationStatuses = ['waiting', 'open', 'closed'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

export const statusLabels: Record<ConsultationStatus, string> = {
  waiting: '排队等待调解员',
  open: '咨询中',
  closed: '已结束',
};

/** How a mediator closes a consultation; `case` means it becomes a mediation case (a booking follows). */
export const outcomes = ['answered', 'advice', 'case', 'referred'] as const;
export type Outcome = (typeof outcomes)[number];

export const outcomeLabels: Record<Outcome, string> = {
  answered: '已解答',
  advice: '经建议已化解',
  case: '转为调解案件',
  referred: '已转介其他部门',
};

/** Limits a user can run into, shared by the schemas and the pages' counters. */
export const chatLimits = {
  textMax: 1000,
  descriptionMin: 5,
  descriptionMax: 1000,
  photosMax: 3,
  photoBytesMax: 5 * 1024 * 1024,
  historyPage: 30,
} as const;
