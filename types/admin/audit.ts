import { z } from 'zod';
import { caseEvents, transitions } from '../case/lifecycle';
import { ZEpochMs, ZId, ZRole } from '../models';

/** Steps of a case (server/audit.ts recordCaseSteps: `case.<timeline event>`), in words. */
const caseStepLabels: Record<string, string> = {
  ...Object.fromEntries(caseEvents.map((e) => [`case.${e}`, `案件：${transitions[e].label}`])),
  'case.submit': '案件：预约调解',
  'case.propose': '案件：建议新时间',
  'case.reject_proposal': '案件：不同意新时间',
  'case.reschedule': '案件：改约时间',
  'case.invite': '案件：邀请对方当事人',
  'case.attendance': '案件：对方当事人回复',
  'case.follow_up': '案件：回访',
  'case.report': '案件：填写上报信息',
};

/** What each audited action is called in the console; tests/functions/audit-words.test.ts keeps it whole. */
export const auditActionLabels: Record<string, string> = {
  ...caseStepLabels,
  'user.setRole': '修改角色',
  'notice.create': '新建公告',
  'notice.edit': '修改公告',
  'notice.publish': '发布公告',
  'notice.schedule': '定时发布公告',
  'notice.withdraw': '撤回公告',
  'notice.retryOfficial': '重新发布到公众号',
  'mediator.update': '修改调解员信息',
  'mediator.deactivate': '停用调解员',
  'mediator.activate': '启用调解员',
  'consultation.reassign': '改派咨询',
  'stats.export': '导出统计',
  'case.revealPhone': '查看当事人电话',
  'consultation.close': '结束咨询',
  'mediator.setAvailability': '修改可预约时间',
  'legalaid.submit': '提交法律援助申请',
  'legalaid.view': '查看法律援助申请（未脱敏）',
  'legalaid.accept': '准予法律援助',
  'legalaid.refuse': '不予法律援助',
  'legalaid.request_material': '要求补充材料',
  'legalaid.addMaterial': '补充材料',
  'moderation.approve': '审核通过',
  'moderation.reject': '审核驳回',
  'area.save': '修改区域',
  'area.setScope': '设置工作范围',
  'gridpoints.saveScheme': '修改星级网格评定办法',
  'gridpoints.handScore': '网格考核打分',
};

/** Changed fields by their name in the console. */
export const auditFieldLabels: Record<string, string> = {
  title: '标题',
  category: '类别',
  summary: '摘要',
  body: '正文',
  coverUrl: '封面',
  status: '状态',
  publishedAt: '发布时间',
  toOfficialAccount: '发布到公众号',
  official: '公众号',
  error: '原因',
  role: '角色',
  specialties: '擅长类型',
  areas: '片区',
  capacity: '接待上限',
  hours: '工作时间',
  active: '在岗',
  requeued: '回到排队的咨询',
  reassigned: '改派的咨询',
  mediatorId: '调解员',
  period: '时段',
  area: '村（社区）',
  party: '当事人',
  pushSubscribers: '提醒订阅的居民',
  mediator: '调解员',
  outcome: '处理结果',
  state: '案件状态',
  booking: '预约状态',
  step: '经过',
  added: '补充的材料（份）',
  workingHours: '每周可预约时间',
  slotMinutes: '每次时长',
  daysOff: '休息日',
  cancelNoticeHours: '取消需提前',
  fileType: '文件类型',
  source: '案件来源',
  peopleInvolved: '涉及人数',
  agreementAmount: '协议金额（元）',
  preventedCriminal: '防止转化为刑事案件（人）',
  preventedPetition: '防止群体性上访（人）',
  deadline: '期限',
  scope: '工作范围',
  thresholds: '一到五星分数线',
  weights: '各项分值',
  satisfaction: '群众评价分值',
  handItems: '人工考核项目',
  points: '分数',
};

/** The areas of the console an audit entry belongs to, by the prefix of its action. */
export const auditDomains = [
  'user',
  'notice',
  'mediator',
  'consultation',
  'case',
  'legalaid',
  'stats',
  'moderation',
  'area',
  'gridpoints',
] as const;
export const ZAuditDomain = z.enum(auditDomains);
export const auditDomainLabels: Record<(typeof auditDomains)[number], string> = {
  user: '用户',
  notice: '公告',
  mediator: '调解员',
  consultation: '咨询',
  case: '案件',
  legalaid: '法律援助',
  stats: '统计',
  moderation: '内容审核',
  area: '区域',
  gridpoints: '星级网格',
};

/** One changed field, both sides as short text fit to show. */
export const ZAuditChange = z.object({ field: z.string(), before: z.string(), after: z.string() });

export const ZAuditEntry = z.object({
  id: ZId,
  at: ZEpochMs,
  actorId: ZId,
  actorName: z.string(),
  actorRole: ZRole,
  action: z.string(),
  actionLabel: z.string(),
  target: z.string(),
  changes: z.array(ZAuditChange),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;
