import { cloud } from '@server/cloud';
import { Collections } from '@server/collections';
import { decideMessage } from '@server/consultation/messages';
import type { MessageDoc } from '@server/consultation/models';
import { findOne } from '@server/db';

/** The push WeChat sends when an asynchronous media check is decided (message push to this function). */
export interface MediaCheckEvent {
  Event: 'wxa_media_check';
  trace_id: string;
  result?: { suggest?: string; label?: number };
}

export function isMediaCheckEvent(event: unknown): event is MediaCheckEvent {
  return (
    typeof event === 'object' && event !== null && (event as { Event?: unknown }).Event === 'wxa_media_check'
  );
}

/**
 * Applies an image verdict: `pass` shows the photo to the other side, anything else refuses it with a reason
 * the sender sees. Pushes carry no user identity; an invocation with one is a user forging a verdict and is
 * ignored. Unknown or already decided traces are ignored too (WeChat may push twice).
 */
export async function onMediaCheck(event: MediaCheckEvent): Promise<{ handled: boolean }> {
  if (cloud.getWXContext().OPENID) return { handled: false };
  const m = await findOne<MessageDoc>(Collections.messages, { traceId: event.trace_id });
  if (m?.status !== 'checking') return { handled: false };
  const pass = event.result?.suggest === 'pass';
  const decided = await decideMessage(m, pass, '图片未通过安全检查，对方看不到这张图片', Date.now());
  return { handled: decided !== null };
}
