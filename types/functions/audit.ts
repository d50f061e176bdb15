import { z } from 'zod';
import { ZAuditDomain, ZAuditEntry } from '../admin/audit';
import { defineAction } from '../contract';
import { ZEpochMs, ZId } from '../models';

export const ZListAuditInput = z.strictObject({
  domain: ZAuditDomain.optional(),
  actorId: ZId.optional(),
  from: ZEpochMs.optional(),
  to: ZEpochMs.optional(),
  /** Entries older than this (the `at` of the last one shown), for 加载更多. */
  before: ZEpochMs.optional(),
  limit: z.number().int().min(1).max(100).default(30),
});
export type TListAuditInput = z.input<typeof ZListAuditInput>;

/** The `audit` function: the record of every admin change, for admins. */
export const auditContract = {
  list: defineAction({
    summary: '管理员查看操作记录（谁、何时、改了什么），可按类别、操作人、时间筛选，最新在前',
    audience: ['admin'],
    input: ZListAuditInput,
    output: z.object({ items: z.array(ZAuditEntry), hasMore: z.boolean() }),
    errors: ['FORBIDDEN'],
  }),
};
