import { z } from 'zod';
import { defineAction } from '../contract';
import { everyRole, ZId, ZMe, ZRole, ZUserSummary } from '../models';
import { ZSubscribePurpose } from '../subscriptions';

/** Mainland mobile numbers: 11 digits starting 13-19. */
export const ZPhone = z
  .string()
  .max(11, '请输入11位手机号')
  .regex(/^1[3-9]\d{9}$/, '请输入11位手机号');

export const ZUpdateProfileInput = z.strictObject({
  nickname: z.string().trim().min(1, '请填写称呼').max(20, '称呼不超过20个字'),
  /** Omitted: the stored number stays (the app only ever has it masked). */
  phone: ZPhone.optional(),
  /**
   * The village or community the resident lives in: a village node of the area tree (`area.children`).
   * Omitted: unchanged (a brand-new resident may skip it). Its name becomes the profile's `village`.
   */
  areaId: ZId.optional(),
});
export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileInput>;

export const ZListUsersInput = z.strictObject({
  role: ZRole.optional(),
  /** A node inside the admin's scope; omitted: the whole scope. People are listed where they belong. */
  areaId: ZId.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const ZSetRoleInput = z.strictObject({ userId: ZId, role: ZRole });

const ZEmpty = z.strictObject({});

/** The `user` function: sign-in, one's own profile, and role management for admins. */
export const userContract = {
  login: defineAction({
    summary: '登录：首次调用时创建居民账号，返回当前用户',
    audience: 'anyone',
    input: ZEmpty,
    output: ZMe,
    errors: [],
  }),
  me: defineAction({
    summary: '当前用户的资料（手机号脱敏）',
    audience: everyRole,
    input: ZEmpty,
    output: ZMe,
    errors: ['NOT_REGISTERED'],
  }),
  subscribeTemplates: defineAction({
    summary: '订阅消息模板ID（按用途，来自云函数配置）；未配置的用途不出现',
    audience: 'anyone',
    input: ZEmpty,
    output: z.object({ templates: z.partialRecord(ZSubscribePurpose, z.string()) }),
    errors: [],
  }),
  updateProfile: defineAction({
    summary: '修改自己的称呼、手机号，从区域树选择所在村（社区）；称呼经内容安全检查',
    audience: everyRole,
    input: ZUpdateProfileInput,
    output: ZMe,
    errors: ['NOT_REGISTERED', 'NOT_FOUND', 'CONTENT_RISKY', 'CONTENT_REVIEW', 'RATE_LIMITED'],
  }),
  list: defineAction({
    summary: '管理员查看自己范围内的用户（居民按所在村，工作人员按工作范围），可按角色、区域筛选',
    audience: ['admin'],
    input: ZListUsersInput,
    output: z.object({ items: z.array(ZUserSummary) }),
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  }),
  setRole: defineAction({
    summary: '管理员设置用户角色（设为调解员时建立调解员档案）；不能取消自己的管理员身份',
    audience: ['admin'],
    input: ZSetRoleInput,
    output: ZUserSummary,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
};
