import { cloud } from '@server/cloud';
import { Collections } from '@server/collections';
import { decideMessage } from '@server/consultation/messages';
import type { MessageDoc } from '@server/consultation/models';
import { findOne } from '@server/db';
import { decideGridPhoto } from '@server/grid/photo-check';
import { decideStampPhoto } from '@server/team/photo-check';

/**
 * The push WeChat sends when an asynchronous media check is decided, as its message push (消息推送, message
 * type `event`, event type `wxa_media_check`, configured to this function) delivers it. A recorded real push:
 * `{"ToUserName":"gh_…","FromUserName":"or9bw…","CreateTime":1762329554,"MsgType":"event",
 * "Event":"wxa_media_check","appid":"wx…","trace_id":"690b03d2-…","version":2,
 * "result":{"suggest":"pass","label":"100"},"detail":[{"strategy":"content_model","errcode":0,
 * "suggest":"pass","label":"100","prob":90}]}`. Labels may come as strings or numbers.
 */
export interface MediaCheckPush {
  ToUserName: string;
  FromUserName: string;
  CreateTime: number;
  MsgType: 'event';
  Event: 'wxa_media_check';
  appid: string;
  trace_id: string;
  version: number;
  result: { suggest: string; label: string | number };
  detail: Array<{
    strategy: string;
    errcode: number;
    suggest?: string;
    label?: string | number;
    prob?: number;
  }>;
}

/** Whether an event is shaped as that push (what it claims to be; onMediaCheck decides whether it is). */
export function isMediaCheckPush(event: unknown): event is MediaCheckPush {
  if (typeof event !== 'object' || event === null) return false;
  const e = event as Record<string, unknown>;
  const result = e.result as Record<string, unknown> | null | undefined;
  return (
    e.MsgType === 'event' &&
    e.Event === 'wxa_media_check' &&
    typeof e.trace_id === 'string' &&
    e.trace_id.length > 0 &&
    typeof e.FromUserName === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.suggest === 'string'
  );
}

/**
 * Applies an image verdict (a chat photo's, or else a team member's live check-in photo, see
 * server/team/photo-check.ts, or a grid event's photo, server/grid/photo-check.ts): `pass` shows the photo
 * to the other side, anything else refuses it with a reason the sender sees. WeChat fills the invocation's context from the push's `FromUserName`, so a genuine push has
 * OPENID equal to it; a client's call carries its own caller instead. What makes a push genuine is its trace:
 * one we issued for a photo still being checked, and that no client ever sees (it is in no answer and no
 * client-readable document). Anything else is ignored, as are repeats (WeChat may push twice).
 */
export async function onMediaCheck(event: MediaCheckPush): Promise<{ handled: boolean }> {
  if (cloud.getWXContext().OPENID !== event.FromUserName) return { handled: false };
  const pass = event.result.suggest === 'pass';
  const m = await findOne<MessageDoc>(Collections.messages, { traceId: event.trace_id });
  if (!m) {
    const now = Date.now();
    const stamp = await decideStampPhoto(event.trace_id, pass, now);
    return { handled: stamp || (await decideGridPhoto(event.trace_id, pass, now)) };
  }
  if (m.status !== 'checking') return { handled: false };
  const decided = await decideMessage(m, pass, '图片未通过安全检查，对方看不到这张图片', Date.now());
  return { handled: decided !== null };
}
