import { z } from 'zod';

/**
 * Who someone is in the palm mediation room. Every action declares which of these may call it; a new
 * user starts as a resident and only an admin changes a role.
 */
export const roles = ['resident', 'mediator', 'legal_aid_officer', 'admin'] as const;
export const ZRole = z.enum(roles);
export type Role = z.infer<typeof ZRole>;

export const roleLabels: Record<Role, string> = {
  resident: '居民',
  mediator: '调解员',
  legal_aid_officer: '法援工作人员',
  admin: '管理员',
};

/** The dispute types the county justice bureau reports by; also the mediators' specialties. */
export const disputeTypes = ['婚姻家庭', '赡养', '邻里', '房屋宅基地', '土地承包', '劳动', '其他'] as const;
export const ZDisputeType = z.enum(disputeTypes, { error: '请选择纠纷类型' });
export type DisputeType = z.infer<typeof ZDisputeType>;

export const noticeCategories = ['便民服务', '法治宣传', '工作动态', '通知公告'] as const;
export const ZNoticeCategory = z.enum(noticeCategories, { error: '请选择公告类别' });
export type NoticeCategory = z.infer<typeof ZNoticeCategory>;

/** Database ids travel as opaque strings (CloudBase's 32-hex ids, or seeded ids). */
export const ZId = z.string({ error: '缺少编号' }).min(1, '缺少编号').max(64, '编号格式不对');

/** The earliest time any contract accepts: 2000-01-01 UTC, before any record this office keeps. */
export const MIN_EPOCH_MS = Date.UTC(2000, 0, 1);
/** The latest time any contract accepts: 2100-01-01 UTC, so a date cannot make a loop or a sort run away. */
export const MAX_EPOCH_MS = Date.UTC(2100, 0, 1);

/**
 * Times travel as epoch milliseconds: JSON-safe and unambiguous across time zones. Every contract that
 * takes a time uses this one schema, so a year-275,000 date or `9e15` is refused at the door (BAD_REQUEST)
 * instead of reaching a loop over months or a stored document that breaks every list.
 */
export const ZEpochMs = z
  .number({ error: '时间格式不对' })
  .int('时间格式不对')
  .min(MIN_EPOCH_MS, '时间不能早于2000年')
  .max(MAX_EPOCH_MS, '时间不能晚于2100年');

/**
 * A field of the viewer's own that waits for review (`held`) or was rejected (types/moderation.ts): the page
 * marks it 审核中 or 未通过审核; everyone else reads the previous value or a placeholder.
 */
export const ZHeldField = z.object({ field: z.string(), status: z.enum(['held', 'rejected']) });
export type HeldField = z.infer<typeof ZHeldField>;

/** The signed-in user as they see themselves: phone only masked, never the stored value. */
export const ZMe = z.object({
  id: ZId,
  role: ZRole,
  nickname: z.string(),
  phoneMasked: z.string().optional(),
  village: z.string().optional(),
  createdAt: ZEpochMs,
  /** Their new nickname or village while it waits for review (others still see the previous one). */
  held: z.array(ZHeldField).optional(),
});
export type Me = z.infer<typeof ZMe>;

/** A user as an admin sees them in a list: no contact data. */
export const ZUserSummary = z.object({
  id: ZId,
  role: ZRole,
  nickname: z.string(),
  village: z.string().optional(),
  createdAt: ZEpochMs,
});
export type UserSummary = z.infer<typeof ZUserSummary>;

export const ZNoticeSummary = z.object({
  id: ZId,
  title: z.string(),
  category: ZNoticeCategory,
  summary: z.string(),
  coverUrl: z.string().optional(),
  publishedAt: ZEpochMs,
});
export type NoticeSummary = z.infer<typeof ZNoticeSummary>;

export const ZNoticeDetail = ZNoticeSummary.extend({ body: z.string() });
export type NoticeDetail = z.infer<typeof ZNoticeDetail>;

/** A mediator as residents see them on the home page and when choosing whom to ask. */
export const ZMediatorCard = z.object({
  id: ZId,
  name: z.string(),
  photoUrl: z.string().optional(),
  title: z.string().optional(),
  specialties: z.array(ZDisputeType),
  areas: z.array(z.string()),
  online: z.boolean(),
  /** Working hours in words, from the same availability as the booking slots. */
  hours: z.string(),
});
export type MediatorCard = z.infer<typeof ZMediatorCard>;
