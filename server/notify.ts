import type { SubscribePurpose } from '@contracts/templates';
import { cloud } from './cloud';
import { Collections } from './collections';
import { insert } from './db';
import { templateIdOf } from './templates';

export type NotifyResult = 'sent' | 'no_credit' | 'failed';

export interface SubscribeMessage {
  touser: string;
  purpose: SubscribePurpose;
  /** The page the notification opens, with its query. */
  page: string;
  /** Template fields by key (`thing1`, `time3`...); values are cut to WeChat's limits by the caller. */
  data: Record<string, string>;
}

/**
 * Sends a one-time subscribe message and records the attempt in `notifications`. A user who granted no
 * credit (43101) is the normal case, not an error: it answers 'no_credit'. Any other failure, a template the
 * operator has not configured included, is logged and answered 'failed'; a notification never makes the
 * action that caused it fail.
 */
export async function notify(message: SubscribeMessage, now: number): Promise<NotifyResult> {
  const templateId = templateIdOf(message.purpose);
  if (!templateId) {
    console.error('[notify] no subscribe template configured for', message.purpose);
    return 'failed';
  }
  let result: NotifyResult = 'failed';
  let errCode: number | undefined;
  try {
    const res = (await cloud.openapi.subscribeMessage.send({
      touser: message.touser,
      templateId,
      page: message.page,
      data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
      miniprogramState: process.env.PMR_MINIPROGRAM_STATE ?? 'formal',
    })) as { errCode?: number };
    errCode = res.errCode ?? 0;
    result = errCode === 0 ? 'sent' : errCode === 43101 ? 'no_credit' : 'failed';
  } catch (error) {
    errCode = (error as { errCode?: number }).errCode;
    result = errCode === 43101 ? 'no_credit' : 'failed';
    if (result === 'failed') console.error('[notify] subscribeMessage.send failed', errCode);
  }
  await insert(Collections.notifications, {
    touser: message.touser,
    templateId,
    purpose: message.purpose,
    result,
    ...(errCode ? { errCode } : {}),
    at: now,
  }).catch(() => undefined);
  return result;
}

/** Cuts a text to a `thing` field's 20 characters, marking the cut. */
export function thing(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= 20 ? chars.join('') || '—' : `${chars.slice(0, 19).join('')}…`;
}

/** A `time` field in China's time zone: 2026-01-05 14:30. */
export function timeField(at: number): string {
  const d = new Date(at + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
