import { AppError } from './app-error';
import { cloud } from './cloud';

/** msgSecCheck scenes (WeChat's numbering). */
export const TextScene = { profile: 1, comment: 2, forum: 3, social: 4 } as const;

export type TextVerdict = 'pass' | 'review';

/** Cloud calls answer in camelCase (`errCode`, `traceId`), unlike the HTTPS API's `errcode`. */
interface MsgSecCheckResult {
  errCode: number;
  result?: { suggest?: string; label?: number };
}

/**
 * Checks user text with WeChat's msgSecCheck v2 before anyone else may see it. `risky` is refused here;
 * `review` is returned so the caller decides (hold a message for an admin, refuse a nickname). When the
 * check itself fails the text is refused too: failing open would show unchecked text to others.
 */
export async function checkText(openid: string, content: string, scene: number): Promise<TextVerdict> {
  let res: MsgSecCheckResult;
  try {
    res = (await cloud.openapi.security.msgSecCheck({
      openid,
      scene,
      version: 2,
      content,
    })) as MsgSecCheckResult;
  } catch (error) {
    console.error('[content-security] msgSecCheck failed', (error as Error).message);
    throw new AppError('INTERNAL', '内容检查暂时不可用，请稍后再试');
  }
  const suggest = res.result?.suggest;
  if (res.errCode !== 0 || !suggest) throw new AppError('INTERNAL', '内容检查暂时不可用，请稍后再试');
  if (suggest === 'risky') throw new AppError('CONTENT_RISKY');
  return suggest === 'review' ? 'review' : 'pass';
}
