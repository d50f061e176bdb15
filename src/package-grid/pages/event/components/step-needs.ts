import type { GridStep } from '@contracts/plain/grid';

/** What the page asks for before a step, matching what the step's contract requires. */
export interface StepNeeds {
  button: string;
  note?: 'required' | 'optional';
  notePlaceholder?: string;
  photos?: boolean;
  unit?: boolean;
  extensionDays?: boolean;
  disputeType?: boolean;
}

export const stepNeeds: Partial<Record<GridStep, StepNeeds>> = {
  accept: { button: '受理' },
  return: { button: '退回', note: 'required', notePlaceholder: '退回的原因，比如：不属于网格事件' },
  dispatch: { button: '派遣给处置单位', unit: true, note: 'optional', notePlaceholder: '交办要求（可不填）' },
  take: { button: '接收，开始处置' },
  send_back: {
    button: '不是本单位的，退回',
    note: 'required',
    notePlaceholder: '为什么不归本单位管，应该归谁',
  },
  reply: { button: '回复处置结果', note: 'required', notePlaceholder: '怎么处理的，结果怎样', photos: true },
  ask_extension: {
    button: '申请延期',
    note: 'required',
    notePlaceholder: '为什么要延期',
    extensionDays: true,
  },
  approve_extension: { button: '同意延期' },
  refuse_extension: { button: '不同意延期', note: 'optional', notePlaceholder: '说明（可不填）' },
  verify_pass: {
    button: '核查：已经解决',
    photos: true,
    note: 'optional',
    notePlaceholder: '现场情况（可不填）',
  },
  verify_fail: {
    button: '核查：没有解决',
    photos: true,
    note: 'required',
    notePlaceholder: '现场还有什么问题',
  },
  close: { button: '结案' },
  resolve_on_spot: { button: '我已当场解决', photos: true, note: 'required', notePlaceholder: '怎么解决的' },
  to_case: { button: '转为调解案件', disputeType: true },
};
