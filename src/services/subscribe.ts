import { type SubscribePurpose, subscribeTemplates } from '@contracts/templates';
import Taro from '@tarojs/taro';
import { localSession } from './local-session';

/**
 * The one way the app asks WeChat whether it may send notifications: one per purpose, at a natural tap (in
 * weapp it must run inside the tap's handler). In the h5 build the local cloud stands in for WeChat's dialog
 * and grants the credits as a tap on 允许 would, for the signed-in caller. Answers the purposes allowed;
 * never throws, because everything works without notifications.
 */
export async function requestSubscriptions(purposes: SubscribePurpose[]): Promise<SubscribePurpose[]> {
  const tmplIds = purposes.map((p) => subscribeTemplates[p]);
  try {
    let answer: Record<string, string>;
    if (process.env.TARO_ENV === 'weapp') {
      answer = (await Taro.requestSubscribeMessage({
        tmplIds,
      } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    } else {
      if (!localSession.enabled) return [];
      const res = await fetch('/local/subscriptions', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tmplIds }),
      });
      if (!res.ok) return [];
      answer = (await res.json()) as Record<string, string>;
    }
    return purposes.filter((p) => answer[subscribeTemplates[p]] === 'accept');
  } catch {
    return [];
  }
}

/** Asks for notifications where the server needs nothing back (it learns of credit when it sends). */
export async function requestNotices(purposes: SubscribePurpose[]): Promise<void> {
  await requestSubscriptions(purposes);
}
