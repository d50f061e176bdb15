import { helpLine } from '@contracts/moderation';
import { AppError } from './app-error';
import { cloud } from './cloud';

/** msgSecCheck scenes (WeChat's numbering). */
export const TextScene = { profile: 1, comment: 2, forum: 3, social: 4 } as const;

export type TextVerdict = 'pass' | 'review';

/** Cloud calls answer in camelCase (`errCode`, `traceId`), unlike the HTTPS API's `errcode`. */
interface MsgSecCheckResult {
  errCode: number;
  result?: { suggest?: string; label?: number };
  detail?: Array<{ keyword?: string; suggest?: string }>;
}

/** The refusal of risky text: what to change, and where a person can still be reached. */
export function riskyMessage(what: string, keyword?: string): string {
  const hit = keyword ? `“${keyword}”这样的说法` : '不适合发布的说法';
  return `${what}里有${hit}，请换个说法再提交；着急的话可以直接拨打${helpLine.label}`;
}

/**
 * Checks user text with WeChat's msgSecCheck v2 before anyone else may see it. `risky` is refused here with
 * a message that names the field (`what`) and the words to change; `review` is returned so the caller holds
 * the text for a person (server/moderation). When the check itself fails the text is refused too: failing
 * open would show unchecked text to others.
 */
export async function checkText(
  openid: string,
  content: string,
  scene: number,
  what = '内容',
): Promise<TextVerdict> {
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
  if (suggest === 'risky') {
    const keyword = res.detail?.find((d) => d.keyword)?.keyword;
    throw new AppError('CONTENT_RISKY', riskyMessage(what, keyword));
  }
  return suggest === 'review' ? 'review' : 'pass';
}
