import { z } from 'zod';
import { ZNoticeAdminView, ZNoticeStatus } from '../admin/notice';
import { defineAction } from '../contract';
import { ZClientKey } from '../idempotency';
import { everyRole, ZEpochMs, ZId, ZNoticeCategory } from '../models';
import { ZFileId } from '../uploads';

const admin = ['admin'] as const;

/**
 * A notice's cover: a new one the admin just uploaded into their own folder
 * (`uploadFolderOf(userId, 'notice-cover')`, checked by the function), or `'keep'` for the cover the notice
 * already has (the console never holds its file id, only a URL to show it). No cover means none.
 */
export const ZCoverInput = z.union([z.strictObject({ fileId: ZFileId }), z.literal('keep')], {
  error: '封面上传有误，请重新上传',
});

export const ZSaveNoticeInput = z.strictObject({
  id: ZId.optional(),
  title: z.string().trim().min(1, '请填写标题').max(40, '标题不超过40个字'),
  category: ZNoticeCategory,
  summary: z.string().trim().max(80, '摘要不超过80个字').optional(),
  body: z.string().trim().min(1, '请填写正文').max(2500, '正文不超过2500个字'),
  cover: ZCoverInput.optional(),
  /** One per tap on 保存 of a new notice: a double tap makes one draft, not two. */
  clientKey: ZClientKey.optional(),
});
export type TSaveNoticeInput = z.infer<typeof ZSaveNoticeInput>;

export const ZPublishNoticeInput = z.strictObject({
  id: ZId,
  /** A time in the future schedules the notice; none publishes it now. */
  at: ZEpochMs.optional(),
  /** Also publish as an article on the linked official account (refused when none is configured). */
  toOfficialAccount: z.boolean().default(false),
  /** Send a subscribe message to residents who allowed new-notice reminders, when the notice goes live. */
  pushSubscribers: z.boolean().default(false),
  /** One per tap on 发布: a double tap or a retry answers the first publication. */
  clientKey: ZClientKey.optional(),
});
export type TPublishNoticeInput = z.input<typeof ZPublishNoticeInput>;

const ZById = z.strictObject({ id: ZId });

/** Admin actions of the `notice` function: writing, publishing and the official account copy. */
export const noticeAdminContract = {
  adminList: defineAction({
    summary: '管理员查看全部公告（含草稿、定时、撤回），可按状态筛选',
    audience: admin,
    input: z.strictObject({
      status: ZNoticeStatus.optional(),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    output: z.object({ items: z.array(ZNoticeAdminView), officialAccount: z.boolean() }),
    errors: ['FORBIDDEN'],
  }),
  save: defineAction({
    summary: '管理员新建或修改公告（标题和正文经内容安全检查）；已发布的公告修改后仍为已发布',
    audience: admin,
    input: ZSaveNoticeInput,
    output: ZNoticeAdminView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONTENT_RISKY', 'CONTENT_REVIEW', 'CONFLICT'],
  }),
  publish: defineAction({
    summary: '管理员立即或定时发布公告，可同时发布到公众号、提醒订阅了新公告的居民',
    audience: admin,
    input: ZPublishNoticeInput,
    output: ZNoticeAdminView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  withdraw: defineAction({
    summary: '管理员撤回公告，居民不再看到',
    audience: admin,
    input: ZById,
    output: ZNoticeAdminView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  subscribe: defineAction({
    summary: '居民点“有新公告时提醒我”并在微信弹窗中允许后，记下一次新公告提醒',
    audience: everyRole,
    input: z.strictObject({ accepted: z.boolean() }),
    output: z.object({ subscribed: z.boolean() }),
    errors: ['NOT_REGISTERED'],
  }),
  refreshOfficial: defineAction({
    summary: '管理员立即查询公众号发布任务的进度',
    audience: admin,
    input: ZById,
    output: ZNoticeAdminView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
  retryOfficial: defineAction({
    summary: '公众号发布失败后，管理员重新发布',
    audience: admin,
    input: ZById,
    output: ZNoticeAdminView,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
};
