/**
 * Subscribe message templates (one-time), by purpose. The template ids are configuration, not code: the
 * operator adds each template in the mini-program console (订阅消息 → 公共模板库, choosing the title and the
 * fields below, in this order) and gives its id to the functions as the environment variable named here. The
 * functions send with it (subscribeMessage.send) and answer it to the client (`user.subscribeTemplates`),
 * which asks WeChat for exactly these ids, so the two cannot disagree. Field kinds follow WeChat's limits:
 * `thing` at most 20 characters, `phrase` at most 5, `time` a date-time.
 */
export const subscribeTemplates = {
  consultationReply: {
    env: 'PMR_TEMPLATE_CONSULTATION_REPLY',
    title: '咨询回复通知',
    fields: { thing1: '调解员', thing2: '回复内容', time3: '回复时间' },
  },
  legalAidResult: {
    env: 'PMR_TEMPLATE_LEGAL_AID_RESULT',
    title: '法律援助审核结果',
    fields: { thing1: '申请事项', phrase2: '结果', thing3: '说明', time4: '时间' },
  },
  bookingUpdate: {
    env: 'PMR_TEMPLATE_BOOKING_UPDATE',
    title: '预约调解结果通知',
    fields: { thing1: '调解事项', time2: '调解时间', thing3: '地点', thing4: '说明' },
  },
  bookingReminder: {
    env: 'PMR_TEMPLATE_BOOKING_REMINDER',
    title: '调解提醒',
    fields: { thing1: '调解事项', time2: '调解时间', thing3: '地点', thing4: '温馨提示' },
  },
  caseProgress: {
    env: 'PMR_TEMPLATE_CASE_PROGRESS',
    title: '案件进度提醒',
    fields: { thing1: '案件事项', thing2: '进度说明', time3: '时间' },
  },
  warningRaised: {
    env: 'PMR_TEMPLATE_WARNING_RAISED',
    title: '矛盾纠纷预警通知',
    fields: { thing1: '预警事项', phrase2: '预警等级', thing3: '预警原因', time4: '预警时间' },
  },
  noticePublished: {
    env: 'PMR_TEMPLATE_NOTICE_PUBLISHED',
    title: '新公告提醒',
    fields: { thing1: '公告标题', thing2: '类别', time3: '发布时间' },
  },
  gridEventUpdate: {
    env: 'PMR_TEMPLATE_GRID_EVENT',
    title: '事件办理提醒',
    fields: { thing1: '事件', phrase2: '办理状态', thing3: '说明', time4: '时间' },
  },
  teamLedgerReminder: {
    env: 'PMR_TEMPLATE_TEAM_LEDGER_REMINDER',
    title: '待办事项提醒',
    fields: { thing1: '待办事项', time2: '截止时间', thing3: '备注' },
  },
} as const;

export type SubscribePurpose = keyof typeof subscribeTemplates;

/** The template id configured for each purpose; a purpose missing here is not configured (never asked, never sent). */
export type TemplateIds = Partial<Record<SubscribePurpose, string>>;
