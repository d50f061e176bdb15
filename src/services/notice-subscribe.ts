import { noticeApi } from './notice';
import { requestSubscriptions } from './subscribe';

/**
 * Asks for one new-notice reminder and tells the notice function what the person chose. Call it first in a
 * tap's handler, before any `await` (it opens WeChat's dialog at once). Answers whether a reminder is now
 * due to them.
 */
export async function askForNoticeReminder(): Promise<boolean> {
  const accepted = await requestSubscriptions(['noticePublished']);
  const { subscribed } = await noticeApi.subscribe({ accepted: accepted.length > 0 });
  return subscribed;
}
