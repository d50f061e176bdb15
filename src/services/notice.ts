import type { NoticeStatusName } from '@contracts/admin/notice';
import type { TPublishNoticeInput, TSaveNoticeInput } from '@contracts/functions/notice-admin';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';

/** Convenience notices as residents read them, and the admin console's writing and publishing. */
export const noticeApi = {
  listPublished: (input: { limit?: number }) => callCloud('notice', 'listPublished', input),
  get: (input: { id: string }) => callCloud('notice', 'get', input),
  adminList: (input: { status?: NoticeStatusName; limit?: number }) =>
    callCloud('notice', 'adminList', input),
  save: (input: Omit<TSaveNoticeInput, 'clientKey'>) =>
    withIntentKey('notice.save', input, (clientKey) => callCloud('notice', 'save', { ...input, clientKey })),
  publish: (input: Omit<TPublishNoticeInput, 'clientKey'>) =>
    withIntentKey('notice.publish', input, (clientKey) =>
      callCloud('notice', 'publish', { ...input, clientKey }),
    ),
  withdraw: (id: string) => callCloud('notice', 'withdraw', { id }),
  subscribe: (input: { accepted: boolean }) => callCloud('notice', 'subscribe', input),
  refreshOfficial: (id: string) => callCloud('notice', 'refreshOfficial', { id }),
  retryOfficial: (id: string) => callCloud('notice', 'retryOfficial', { id }),
};
