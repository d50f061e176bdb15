import { Collections } from '../collections';
import { db, getById } from '../db';
import type { OfficialAccountConfig } from './config';
import { type Body, requestJson } from './http';

/** WeChat's documented answer to any call: errcode 0 (or absent) on success. */
export interface WeChatAnswer {
  errcode?: number;
  errmsg?: string;
  [key: string]: unknown;
}

/** A WeChat error answer, with its errcode so callers can tell quota from bad media. */
export class OfficialAccountError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`official account error ${errcode}: ${errmsg}`);
    this.name = 'OfficialAccountError';
  }
}

/** 40001 invalid credential, 40014 invalid token, 42001 token expired: get a new token and try once more. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** Refresh five minutes early: a token handed out just before it expires fails mid-publish. */
const EARLY_MS = 5 * 60_000;

interface TokenDoc {
  _id: string;
  token: string;
  expiresAt: number;
}

/**
 * The account's access token, cached in the database so every function instance shares one (WeChat allows
 * 2,000 token requests a day, and each new token invalidates the previous one after 5 minutes).
 */
async function accessToken(config: OfficialAccountConfig, force: boolean): Promise<string> {
  if (!force) {
    const cached = await getById<TokenDoc>(Collections.officialTokens, config.appid);
    if (cached && cached.expiresAt - EARLY_MS > Date.now()) return cached.token;
  }
  const query = new URLSearchParams({
    grant_type: 'client_credential',
    appid: config.appid,
    secret: config.secret,
  });
  const answer = (await requestJson(`${config.apiBase}/cgi-bin/token?${query}`, 'GET')) as WeChatAnswer;
  if (answer.errcode || typeof answer.access_token !== 'string') {
    throw new OfficialAccountError(answer.errcode ?? -1, answer.errmsg ?? 'no access_token');
  }
  const expiresIn = typeof answer.expires_in === 'number' ? answer.expires_in : 7200;
  const doc = { token: answer.access_token, expiresAt: Date.now() + expiresIn * 1000 };
  await db().collection(Collections.officialTokens).doc(config.appid).set({ data: doc });
  return doc.token;
}

/**
 * Calls an official account API with the cached token. When WeChat says the token is invalid or expired
 * (another server refreshed it, or it ran out mid-publish) it fetches a new one and repeats the call once.
 */
export async function callOfficial(
  config: OfficialAccountConfig,
  path: string,
  body: Body,
): Promise<WeChatAnswer> {
  for (let attempt = 0; ; attempt += 1) {
    const token = await accessToken(config, attempt > 0);
    const sep = path.includes('?') ? '&' : '?';
    const url = `${config.apiBase}${path}${sep}access_token=${encodeURIComponent(token)}`;
    const answer = (await requestJson(url, 'POST', body)) as WeChatAnswer;
    const code = answer.errcode ?? 0;
    if (code === 0) return answer;
    if (TOKEN_ERRORS.has(code) && attempt === 0) continue;
    throw new OfficialAccountError(code, answer.errmsg ?? '');
  }
}
