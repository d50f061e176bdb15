/**
 * The dispute case's lifecycle as data: one table says which event moves a case from which states to which
 * state, and who may cause it. The functions enforce it, the pages read it to show only possible buttons,
 * and the tests walk it exhaustively, so the three cannot disagree.
 */
export const caseStates = [
  'submitted',
  'accepted',
  'scheduled',
  'in_mediation',
  'mediated_success',
  'mediation_failed',
  'withdrawn',
  'closed',
] as const;
export type CaseState = (typeof caseStates)[number];

export const caseStateLabels: Record<CaseState, string> = {
  submitted: '已提交',
  accepted: '已受理',
  scheduled: '已排期',
  in_mediation: '调解中',
  mediated_success: '调解成功',
  mediation_failed: '调解未成功',
  withdrawn: '已撤回',
  closed: '已结案',
};

/** Who takes part: the resident who applied, the case's own mediator, or an admin of the justice office. */
export type CaseActor = 'resident' | 'mediator' | 'admin';

export const caseEvents = [
  'accept',
  'decline',
  'schedule',
  'unschedule',
  'start',
  'succeed',
  'fail',
  'withdraw',
  'close',
] as const;
export type CaseEvent = (typeof caseEvents)[number];

export interface Transition {
  from: readonly CaseState[];
  to: CaseState;
  by: readonly CaseActor[];
  label: string;
}

const staff = ['mediator', 'admin'] as const;

export const transitions: Record<CaseEvent, Transition> = {
  accept: { from: ['submitted'], to: 'accepted', by: staff, label: '受理' },
  decline: { from: ['submitted'], to: 'closed', by: staff, label: '不予受理' },
  // A resident schedules only by agreeing to a time the mediator proposed (booking.respond).
  schedule: {
    from: ['accepted'],
    to: 'scheduled',
    by: ['mediator', 'admin', 'resident'],
    label: '确定调解时间',
  },
  unschedule: { from: ['scheduled'], to: 'accepted', by: staff, label: '取消已约时间' },
  start: { from: ['scheduled'], to: 'in_mediation', by: staff, label: '开始调解' },
  succeed: { from: ['in_mediation'], to: 'mediated_success', by: staff, label: '调解成功' },
  fail: { from: ['in_mediation'], to: 'mediation_failed', by: staff, label: '调解未成功' },
  withdraw: {
    from: ['submitted', 'accepted', 'scheduled'],
    to: 'withdrawn',
    by: ['resident'],
    label: '撤回申请',
  },
  close: { from: ['mediated_success', 'mediation_failed'], to: 'closed', by: staff, label: '结案' },
};

/** Events the `case.transition` action takes; the others happen through bookings (confirm, decline, cancel). */
export const directEvents = [
  'accept',
  'start',
  'succeed',
  'fail',
  'close',
] as const satisfies readonly CaseEvent[];
export type DirectEvent = (typeof directEvents)[number];

export function canTransition(state: CaseState, event: CaseEvent, actor: CaseActor): boolean {
  const t = transitions[event];
  return t.from.includes(state) && t.by.includes(actor);
}

export const referrals = ['court', 'arbitration', 'legal_aid', 'other'] as const;
export type Referral = (typeof referrals)[number];
export const referralLabels: Record<Referral, string> = {
  court: '引导向人民法院起诉',
  arbitration: '引导申请仲裁',
  legal_aid: '转法律援助',
  other: '其他途径',
};
