import type { Consultation } from '@contracts/consultation';
import type { InboxFilter } from '@contracts/functions/consultation-inputs';
import Taro from '@tarojs/taro';
import { useCallback, useEffect } from 'react';
import { consultationApi } from '@/services/consultation';
import { type AsyncState, useAsync } from './useAsync';
import { useWatch, type WatchStatus } from './useWatch';

/** The tab bar's 咨询 item (index 1) shows the resident's unread total. */
function showBadge(items: Consultation[]): void {
  const total = items.reduce((n, c) => n + c.unread, 0);
  const done = () => undefined;
  if (total > 0) Taro.setTabBarBadge({ index: 1, text: total > 99 ? '99+' : String(total) }).catch(done);
  else Taro.removeTabBarBadge({ index: 1 }).catch(done);
}

/** A list of consultations with how it stays current: `polling` when its watch was refused. */
export type LiveList = AsyncState<Consultation[]> & { live: WatchStatus };

/**
 * The resident's consultations, refreshed whenever one of them changes (new reply, assignment, closing);
 * polled with the list action if the watch is refused.
 */
export function useMyConsultations(): LiveList {
  const load = useCallback(async () => (await consultationApi.listMine()).items, []);
  const state = useAsync(load);
  const refresh = () => void load().then(state.setData, () => undefined);
  const live = useWatch(
    {
      collection: 'consultation_feed',
      where: { residentOpenid: '{openid}' },
      orderBy: ['changedAt', 'desc'],
      limit: 50,
    },
    'mine',
    refresh,
    refresh,
  );
  useEffect(() => {
    if (state.data) showBadge(state.data);
  }, [state.data]);
  return { ...state, live };
}

/** The mediator's inbox under one filter, live (or polled with the inbox action if the watch is refused). */
export function useInbox(filter: InboxFilter): LiveList {
  const load = useCallback(async () => (await consultationApi.inbox(filter)).items, [filter]);
  const state = useAsync(load);
  const refresh = () => void load().then(state.setData, () => undefined);
  const live = useWatch(
    {
      collection: 'consultation_feed',
      where: { mediatorOpenid: '{openid}' },
      orderBy: ['changedAt', 'desc'],
      limit: 100,
    },
    `inbox:${filter}`,
    refresh,
    refresh,
  );
  return { ...state, live };
}
