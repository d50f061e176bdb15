import { z } from 'zod';
import { ZEpochMs, ZId, ZNoticeCategory } from '../models';

export const noticeStatuses = ['draft', 'scheduled', 'published', 'withdrawn'] as const;
export const ZNoticeStatus = z.enum(noticeStatuses);
export type NoticeStatusName = z.infer<typeof ZNoticeStatus>;

export const noticeStatusLabels: Record<NoticeStatusName, string> = {
  draft: '草稿',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

/**
 * Where the copy on the official account stands: `pending` waits for a scheduled notice to go out,
 * `publishing` has a publish job WeChat is still working on, `failed` may be retried.
 */
export const officialStatuses = ['pending', 'publishing', 'published', 'failed'] as const;
export const ZOfficialStatus = z.enum(officialStatuses);
export type OfficialStatus = z.infer<typeof ZOfficialStatus>;

export const officialStatusLabels: Record<OfficialStatus, string> = {
  pending: '等待发布到公众号',
  publishing: '公众号发布中',
  published: '已发布到公众号',
  failed: '公众号发布失败',
};

export const ZOfficialState = z.object({
  status: ZOfficialStatus,
  publishId: z.string().optional(),
  articleUrl: z.string().optional(),
  /** Why the last attempt failed, in Chinese, fit to show the admin. */
  error: z.string().optional(),
  attempts: z.number().int(),
  updatedAt: ZEpochMs,
});
export type OfficialState = z.infer<typeof ZOfficialState>;

/** The subscribe-message push of a notice to residents who asked to hear of new ones. */
export const ZPushState = z.object({
  status: z.enum(['pending', 'done']),
  sent: z.number().int(),
  /** Residents whose one-time permission was used up (WeChat answered 43101). */
  noCredit: z.number().int(),
  failed: z.number().int(),
});
export type PushState = z.infer<typeof ZPushState>;

/** A notice as the admin console sees it: any status, the full text, and the official account's state. */
export const ZNoticeAdminView = z.object({
  id: ZId,
  title: z.string(),
  category: ZNoticeCategory,
  summary: z.string(),
  body: z.string(),
  /** A short-lived URL to show the cover; its file id stays on the server. */
  coverUrl: z.string().optional(),
  status: ZNoticeStatus,
  publishedAt: ZEpochMs.optional(),
  updatedAt: ZEpochMs,
  official: ZOfficialState.optional(),
  push: ZPushState.optional(),
});
export type NoticeAdminView = z.infer<typeof ZNoticeAdminView>;
