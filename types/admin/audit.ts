import { z } from 'zod';
import { ZEpochMs, ZId, ZRole } from '../models';

/** What each audited action is called in the console; an action missing here shows its code. */
export const auditActionLabels: Record<string, string> = {
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
  fileType: '文件类型',
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
