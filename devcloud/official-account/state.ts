import { randomBytes } from 'node:crypto';

/** WeChat's documented error answers the stand-in can give. */
export const WeChatErrors = {
  invalidCredential: { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' },
  badAppid: { errcode: 40013, errmsg: 'invalid appid' },
  badSecret: { errcode: 40125, errmsg: 'invalid appsecret' },
  badMediaId: { errcode: 40007, errmsg: 'invalid media_id' },
  expired: { errcode: 42001, errmsg: 'access_token expired' },
  badFormat: { errcode: 47001, errmsg: 'data format error' },
  missingToken: { errcode: 41001, errmsg: 'access_token missing' },
  badMethod: { errcode: 43002, errmsg: 'require POST method' },
  apiQuota: { errcode: 45009, errmsg: 'reach max api daily quota limit' },
  publishQuota: { errcode: 45028, errmsg: 'has no masssend quota' },
} as const;

export type WeChatError = { errcode: number; errmsg: string };

/** A publish job: `polls` answers of "publishing" (1) before the final status. */
interface Job {
  mediaId: string;
  status: number;
  pollsLeft: number;
  articleId: string;
}

/** What the stand-in remembers: issued tokens, materials, drafts, publish jobs, and what it was told to do. */
export class OfficialAccountState {
  readonly tokens = new Map<string, number>();
  /** Uploaded image materials: media_id to their size in bytes. */
  readonly materials = new Map<string, number>();
  readonly drafts = new Map<string, { title: string; content: string }>();
  readonly jobs = new Map<string, Job>();
  /** Every API call in order, with the errcode answered: tests assert on the sequence. */
  readonly log: { path: string; errcode: number }[] = [];
  /** One-shot errors by path, answered before the call's own checks. */
  readonly scripted = new Map<string, WeChatError[]>();
  /** Paths at whose next call every token expires (the token runs out mid-publish). */
  readonly expireAt = new Set<string>();
  /** Final publish_status of the next publish jobs (0 success, 2-6 failure), then 0. */
  readonly nextOutcomes: number[] = [];
  /** How many "still publishing" answers a job gives before its final status. */
  pollsBeforeDone = 1;

  issueToken(lifetimeS: number): string {
    const token = randomBytes(24).toString('hex');
    this.tokens.set(token, Date.now() + lifetimeS * 1000);
    return token;
  }

  /** 0 when valid, else the errcode WeChat gives for a missing, unknown or expired token. */
  tokenError(token: string | null): WeChatError | null {
    if (!token) return WeChatErrors.missingToken;
    const expires = this.tokens.get(token);
    if (expires === undefined) return WeChatErrors.invalidCredential;
    if (expires <= Date.now()) return WeChatErrors.expired;
    return null;
  }

  expireAllTokens(): void {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0);
  }

  /** Makes the next call to `path` answer `error` (repeat the call to queue several). */
  failNext(path: string, error: WeChatError): void {
    const queue = this.scripted.get(path) ?? [];
    queue.push(error);
    this.scripted.set(path, queue);
  }

  takeScripted(path: string): WeChatError | undefined {
    return this.scripted.get(path)?.shift();
  }

  newId(prefix: string): string {
    return `${prefix}${randomBytes(10).toString('hex')}`;
  }

  startJob(mediaId: string): string {
    const id = String(2_247_483_000 + this.jobs.size + 1);
    const status = this.nextOutcomes.shift() ?? 0;
    this.jobs.set(id, { mediaId, status, pollsLeft: this.pollsBeforeDone, articleId: this.newId('art_') });
    return id;
  }

  /** One poll of a job: "publishing" until its polls run out, then its final status. */
  poll(id: string): Job & { current: number } {
    const job = this.jobs.get(id)!;
    if (job.pollsLeft > 0) {
      job.pollsLeft -= 1;
      return { ...job, current: 1 };
    }
    return { ...job, current: job.status };
  }
}
