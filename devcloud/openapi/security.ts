/**
 * Words a local msgSecCheck judges risky when no list is configured: offers of something illegal, never the
 * words a resident needs to describe a dispute. Deterministic, enough to drive tests.
 */
export const DEFAULT_RISKY_WORDS = ['代开发票', '出售枪支', '贩卖毒品', 'risky-word'];
/**
 * Words judged review (a human should look) by default. A complaint about a son's gambling debts names
 * 赌博: WeChat may flag it, and a person, not a word list, decides, so it is review here, not risky.
 */
export const DEFAULT_REVIEW_WORDS = ['赌博', '加微信', '私下转账', 'review-word'];

/** WeChat's labels: 100 normal, 10001 advertising, 20006 illegal crime. */
export const Label = { normal: 100, ad: 10001, illegal: 20006 } as const;

export type Suggest = 'pass' | 'review' | 'risky';

/** The version 2 answer of msgSecCheck, before the SDK turns snake_case into camelCase. */
export type TextVerdict = {
  errcode: 0;
  errmsg: 'ok';
  result: { suggest: Suggest; label: number };
  detail: Array<{
    strategy: string;
    errcode: number;
    suggest?: Suggest;
    label?: number;
    keyword?: string;
    prob?: number;
  }>;
  trace_id: string;
};

/** Judges a text against the word lists; risky wins over review. */
export function judgeText(
  content: string,
  risky: readonly string[],
  review: readonly string[],
  traceId: string,
): TextVerdict {
  const riskyHit = risky.find((w) => content.includes(w));
  const reviewHit = riskyHit ? undefined : review.find((w) => content.includes(w));
  const suggest: Suggest = riskyHit ? 'risky' : reviewHit ? 'review' : 'pass';
  const label = riskyHit ? Label.illegal : reviewHit ? Label.ad : Label.normal;
  const keyword = riskyHit ?? reviewHit;
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: suggest === 'pass' ? 0 : 90 },
      keyword
        ? { strategy: 'keyword', errcode: 0, suggest, label, keyword, prob: 100 }
        : { strategy: 'keyword', errcode: 0 },
    ],
    trace_id: traceId,
  };
}

/** The marker that makes a media check risky: in the URL (file name) or in the bytes. */
export const RISKY_MEDIA_MARKER = 'risky';

/** Judges media the local way: the marker anywhere in the URL or in the downloaded bytes. */
export function judgeMedia(url: string, bytes: Buffer | null): { suggest: Suggest; label: number } {
  const hit =
    url.toLowerCase().includes(RISKY_MEDIA_MARKER) || (bytes?.includes(RISKY_MEDIA_MARKER) ?? false);
  return hit ? { suggest: 'risky', label: Label.illegal } : { suggest: 'pass', label: Label.normal };
}
