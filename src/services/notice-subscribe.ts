import { subscribeTemplates } from '@contracts/templates';
import Taro from '@tarojs/taro';
import { localSession } from './local-session';
import { noticeApi } from './notice';

/**
 * Asks WeChat (in h5 the local cloud's stand-in of its dialog) for one new-notice reminder and tells the
 * notice function what the person chose. Must run inside a tap's handler in weapp. Answers whether a
 * reminder is now due to them.
 */
export async function askForNoticeReminder(): Promise<boolean> {
  const id = subscribeTemplates.noticePublished;
  let answer: Record<string, string> = {};
  if (process.env.TARO_ENV === 'weapp') {
    answer = (await Taro.requestSubscribeMessage({
      tmplIds: [id],
    } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
  } else {
    const me = localSession.enabled ? await localSession.current() : null;
    if (!me) return false;
    const res = await fetch('/local/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: me.openid, tmplIds: [id] }),
    });
    answer = (await res.json()) as Record<string, string>;
  }
  const { subscribed } = await noticeApi.subscribe({ accepted: answer[id] === 'accept' });
  return subscribed;
}
