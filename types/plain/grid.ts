/**
 * The words of grid reporting (issue 14), free of zod so the grid pages can import them: what a grid
 * worker finds on patrol, where an event stands in its loop (上报 → 受理 → 派遣 → 处置 → 核查 → 结案), and
 * the steps people take to move it.
 */
export const gridEventTypes = ['dispute', 'hazard', 'key_person', 'facility', 'other'] as const;
export type GridEventType = (typeof gridEventTypes)[number];

export const gridEventTypeLabels: Record<GridEventType, string> = {
  dispute: '矛盾纠纷',
  hazard: '安全隐患',
  key_person: '重点人员关注',
  facility: '公共设施',
  other: '其他',
};

/** The subtypes offered under each type (configuration: add words here, the server keeps what was chosen). */
export const gridSubtypes: Record<GridEventType, readonly string[]> = {
  dispute: ['邻里纠纷', '婚姻家庭', '土地山林', '房屋宅基地', '劳资纠纷', '其他纠纷'],
  hazard: ['消防', '用电', '房屋', '道路交通', '燃气', '其他隐患'],
  key_person: ['独居老人', '困境儿童', '精神障碍', '社区矫正', '其他'],
  facility: ['路灯', '道路', '供水', '垃圾清运', '其他设施'],
  other: ['其他'],
};

/** How pressing a report is: it also picks the time limit of its type (server/grid/limits.json). */
export const gridUrgencies = ['normal', 'urgent'] as const;
export type GridUrgency = (typeof gridUrgencies)[number];
export const gridUrgencyLabels: Record<GridUrgency, string> = { normal: '一般', urgent: '紧急' };

export const gridEventStates = [
  'reported',
  'accepted',
  'returned',
  'dispatched',
  'handling',
  'replied',
  'verified',
  'closed',
  'resolved_on_spot',
] as const;
export type GridEventState = (typeof gridEventStates)[number];

export const gridEventStateLabels: Record<GridEventState, string> = {
  reported: '已上报',
  accepted: '已受理',
  returned: '已退回',
  dispatched: '已派遣',
  handling: '处置中',
  replied: '待核查',
  verified: '核查通过',
  closed: '已结案',
  resolved_on_spot: '就地解决',
};

/** States after which nothing more happens to an event. */
export const gridFinalStates = [
  'returned',
  'closed',
  'resolved_on_spot',
] as const satisfies readonly GridEventState[];

/**
 * Every step of the timeline. The workflow table (server/grid/workflow.ts) says who may take which step
 * from which state; the escalation timer writes the cards; `to_case` links a dispute to mediation.
 */
export const gridSteps = [
  'report',
  'resolve_on_spot',
  'accept',
  'return',
  'dispatch',
  'take',
  'send_back',
  'reply',
  'ask_extension',
  'approve_extension',
  'refuse_extension',
  'verify_pass',
  'verify_fail',
  'close',
  'yellow_card',
  'red_card',
  'to_case',
] as const;
export type GridStep = (typeof gridSteps)[number];

export const gridStepLabels: Record<GridStep, string> = {
  report: '上报',
  resolve_on_spot: '就地解决',
  accept: '受理',
  return: '退回',
  dispatch: '派遣',
  take: '单位接收',
  send_back: '单位退回（非本单位职责）',
  reply: '处置回复',
  ask_extension: '申请延期',
  approve_extension: '同意延期',
  refuse_extension: '不同意延期',
  verify_pass: '核查通过',
  verify_fail: '核查未通过',
  close: '结案',
  yellow_card: '督办（黄牌）',
  red_card: '督办（红牌）',
  to_case: '转入调解',
};

/** A handling unit: the community office (社区居委会) or a department (综合执法队, 派出所…). */
export const unitKinds = ['community', 'department'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const unitKindLabels: Record<UnitKind, string> = { community: '社区（村）', department: '职能部门' };

/** How close an event is to its deadline: amber with a quarter of the time left, red when passed. */
export const deadlineLevels = ['green', 'amber', 'red'] as const;
export type DeadlineLevel = (typeof deadlineLevels)[number];
export const deadlineLevelLabels: Record<DeadlineLevel, string> = {
  green: '正常',
  amber: '临期',
  red: '超期',
};
