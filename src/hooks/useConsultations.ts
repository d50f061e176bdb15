import type { Consultation } from '@contracts/consultation';
import type { InboxFilter } from '@contracts/functions/consultation-inputs';
import Taro from '@tarojs/taro';
import { useCallback, useEffect } from 'react';
import { consultationApi } from '@/services/consultation';
import { type AsyncState, useAsync } from './useAsync';
import { useWatch } from './useWatch';

/** The tab bar's 咨询 item (index 1) shows the resident's unread total. */
function showBadge(items: Consultation[]): void {
  const total = items.reduce((n, c) => n + c.unread, 0);
  const done = () => undefined;
  if (total > 0) Taro.setTabBarBadge({ index: 1, text: total > 99 ? '99+' : String(total) }).catch(done);
  else Taro.removeTabBarBadge({ index: 1 }).catch(done);
}

/** The resident's consultations, refreshed whenever one of them changes (new reply, assignment, closing). */
export function useMyConsultations(): AsyncState<Consultation[]> {
  const load = useCallback(async () => (await consultationApi.listMine()).items, []);
  const state = useAsync(load);
  useWatch(
    {
      collection: 'consultations',
      where: { residentOpenid: '{openid}' },
      orderBy: ['lastMessageAt', 'desc'],
      limit: 50,
    },
    'mine',
    () => void load().then(state.setData, () => undefined),
  );
  useEffect(() => {
    if (state.data) showBadge(state.data);
  }, [state.data]);
  return state;
}

/** The mediator's inbox under one filter, live. */
export function useInbox(filter: InboxFilter): AsyncState<Consultation[]> {
  const load = useCallback(async () => (await consultationApi.inbox(filter)).items, [filter]);
  const state = useAsync(load);
  useWatch(
    {
      collection: 'consultations',
      where: { mediatorOpenid: '{openid}' },
      orderBy: ['lastMessageAt', 'desc'],
      limit: 100,
    },
    `inbox:${filter}`,
    () => void load().then(state.setData, () => undefined),
  );
  return state;
}
