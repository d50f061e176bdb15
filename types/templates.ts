/**
 * Subscribe message templates (one-time), by purpose. Both the client (wx.requestSubscribeMessage asks for
 * exactly these) and the functions (subscribeMessage.send) read them from here, so they cannot disagree.
 * The ids are the ones registered in the mini-program's console; replace them there and here together.
 * Field keys follow the template: `thing` at most 20 characters, `time` a date-time.
 */
export const subscribeTemplates = {
  /** 咨询回复通知: 调解员 (thing1), 回复内容 (thing2), 回复时间 (time3). */
  consultationReply: 'pmr-consult-reply-v1',
  /** 法律援助审核结果: 申请事项 (thing1), 结果 (phrase2), 说明 (thing3), 时间 (time4). */
  legalAidResult: 'pmr-legal-aid-result-v1',
  /** 预约调解结果通知: 调解事项 (thing1), 调解时间 (time2), 地点 (thing3), 说明 (thing4). */
  bookingUpdate: 'pmr-booking-update-v1',
  /** 调解提醒（前一天）: 调解事项 (thing1), 调解时间 (time2), 地点 (thing3), 温馨提示 (thing4). */
  bookingReminder: 'pmr-booking-reminder-v1',
  /** 新公告提醒: 公告标题 (thing1), 类别 (thing2), 发布时间 (time3). */
  noticePublished: 'pmr-notice-published-v1',
} as const;

export type SubscribePurpose = keyof typeof subscribeTemplates;
