/**
 * Text that content security wants a person to look at is held, never refused: its writer sees it marked
 * 审核中, everyone else sees a placeholder until an admin approves it. These are the words for both.
 */
export const heldTexts = {
  /** What others read in place of held text. */
  pending: '（这段内容正在审核，通过后可见）',
  /** What others read in place of text an admin rejected. */
  rejected: '（这段内容未通过审核）',
} as const;

/** Where a resident can always reach a person, shown with every refusal of their text. */
export const helpLine = { number: '12348', label: '12348 公共法律服务热线' } as const;

/** The fields that can be held, in the writer's words (server paths as keys). */
export const heldFieldLabels: Record<string, string> = {
  description: '描述',
  'otherParty.name': '对方姓名',
  'otherParty.relation': '与对方的关系',
  'otherParty.village': '对方所在村',
  address: '地址',
  'booking.reason': '原因',
  timelineNote: '备注',
  'referral.note': '转介说明',
  agreement: '调解协议',
  nickname: '称呼',
};
