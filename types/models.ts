import { z } from 'zod';
import { disputeTypes, MAX_EPOCH_MS, MIN_EPOCH_MS, noticeCategories, roles } from './plain/models';

export {
  type DisputeType,
  disputeTypes,
  everyRole,
  MAX_EPOCH_MS,
  MIN_EPOCH_MS,
  type NoticeCategory,
  noticeCategories,
  type Role,
  roleLabels,
  roles,
  teamRoles,
} from './plain/models';

export const ZRole = z.enum(roles);

export const ZDisputeType = z.enum(disputeTypes, { error: '请选择纠纷类型' });

export const ZNoticeCategory = z.enum(noticeCategories, { error: '请选择公告类别' });

/** Database ids travel as opaque strings (CloudBase's 32-hex ids, or seeded ids). */
export const ZId = z.string({ error: '缺少编号' }).min(1, '缺少编号').max(64, '编号格式不对');

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
