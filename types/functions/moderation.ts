import { z } from 'zod';
import { defineAction } from '../contract';
import { ZEpochMs, ZId } from '../models';
import { ZHeldItem, ZHeldStatus } from '../moderation';

export const ZListHeldInput = z.strictObject({
  status: ZHeldStatus.default('held'),
  /** Items older than this (the `createdAt` of the last one shown), for 加载更多. */
  before: ZEpochMs.optional(),
  limit: z.number().int().min(1).max(100).default(30),
});

export const ZDecideHeldInput = z.strictObject({ id: ZId, approve: z.boolean() });

/** The `moderation` function: the one place where held text is approved or rejected. */
export const moderationContract = {
  list: defineAction({
    summary: '管理员查看待审核的文字（聊天、咨询描述、预约、案件、资料等），最新的在前',
    audience: ['admin'],
    input: ZListHeldInput,
    output: z.object({ items: z.array(ZHeldItem), hasMore: z.boolean() }),
    errors: ['FORBIDDEN'],
  }),
  decide: defineAction({
    summary:
      '管理员通过（对方从此可见）或驳回（对方始终看不到，作者看到未通过）一条待审核的文字；记入操作记录',
    audience: ['admin'],
    input: ZDecideHeldInput,
    output: ZHeldItem,
    errors: ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
  }),
};
