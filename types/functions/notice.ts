import { z } from 'zod';
import { defineAction } from '../contract';
import { ZId, ZNoticeDetail, ZNoticeSummary } from '../models';
import { noticeAdminContract } from './notice-admin';

export const ZListPublishedInput = z.strictObject({
  limit: z.number().int().min(1).max(50).default(10),
});

export const ZGetNoticeInput = z.strictObject({ id: ZId });

/** The `notice` function: convenience notices as residents read them, and the admin console's publishing. */
export const noticeContract = {
  listPublished: defineAction({
    summary: '已发布的便民公告，最新在前',
    audience: 'anyone',
    input: ZListPublishedInput,
    output: z.object({ items: z.array(ZNoticeSummary) }),
    errors: [],
  }),
  get: defineAction({
    summary: '一条已发布公告的全文',
    audience: 'anyone',
    input: ZGetNoticeInput,
    output: ZNoticeDetail,
    errors: ['NOT_FOUND'],
  }),
  ...noticeAdminContract,
};
