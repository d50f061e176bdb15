import type { NoticeAdminView, NoticeStatusName } from '@contracts/admin/notice';
import { useCallback } from 'react';
import { type AsyncState, useAsync } from '@/hooks/useAsync';
import { noticeApi } from '@/services/notice';

export interface AdminNotices {
  items: NoticeAdminView[];
  officialAccount: boolean;
}

/** Every notice for the console, optionally of one status, and whether an official account is linked. */
export function useAdminNotices(status?: NoticeStatusName): AsyncState<AdminNotices> {
  const load = useCallback(() => noticeApi.adminList({ status, limit: 100 }), [status]);
  return useAsync(load);
}
