import type { NoticeDetail, NoticeSummary } from '@contracts/models';
import { useCallback } from 'react';
import { noticeApi } from '@/services/notice';
import { type AsyncState, useAsync } from './useAsync';

/** The latest published notices, newest first. */
export function useNotices(limit: number): AsyncState<NoticeSummary[]> {
  const load = useCallback(async () => (await noticeApi.listPublished({ limit })).items, [limit]);
  return useAsync(load);
}

/** One notice with its full text. */
export function useNoticeDetail(id: string): AsyncState<NoticeDetail> {
  const load = useCallback(() => noticeApi.get({ id }), [id]);
  return useAsync(load);
}
