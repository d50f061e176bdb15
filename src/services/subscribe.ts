import { type SubscribePurpose, subscribeTemplates } from '@contracts/templates';
import Taro from '@tarojs/taro';
import { localSession } from './local-session';

/**
 * Asks, at a natural tap, whether WeChat may send one notification per purpose. Must run inside the tap's
 * handler in weapp. In the h5 build the local cloud stands in for WeChat's dialog and grants the credits as a
 * tap on 允许 would. Never throws: a refusal just means no notification.
 */
export async function requestNotices(purposes: SubscribePurpose[]): Promise<void> {
  const tmplIds = purposes.map((p) => subscribeTemplates[p]);
  try {
    if (process.env.TARO_ENV === 'weapp') {
      await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
      return;
    }
    const me = localSession.enabled ? await localSession.current() : null;
    if (!me) return;
    await fetch('/local/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: me.openid, tmplIds }),
    });
  } catch {
    // The user said no or the dialog failed: everything works without notifications.
  }
}
