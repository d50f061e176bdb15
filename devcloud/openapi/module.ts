import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../server/http-server';
import type { AdminParams, Caller, DevCloudContext, DevCloudModule, FunctionInvoker } from '../server/module';
import { readRaw } from '../server/read-body';
import { decodeRequest, encodeBinaryResponse, encodeJsonResponse } from './proto';
import { DEFAULT_REVIEW_WORDS, DEFAULT_RISKY_WORDS, judgeMedia, judgeText } from './security';
import { type MediaCheck, OpenApiStore, type OutboxMessage } from './store';
import { checkTemplateData } from './subscribe';
import { getUnlimited } from './wxacode';

/** Options of the local open API. */
export interface OpenApiOptions {
  /** Words that make msgSecCheck answer `risky` (defaults: DEFAULT_RISKY_WORDS). */
  riskyWords?: string[];
  /** Words that make msgSecCheck answer `review` (defaults: DEFAULT_REVIEW_WORDS). */
  reviewWords?: string[];
  /** Function that receives the `wxa_media_check` event, as the message push configured in WeChat's console. */
  mediaCheckCallback?: string;
  /** How long a media verdict takes to arrive; WeChat takes seconds to minutes. Default 1000 ms. */
  mediaCheckDelayMs?: number;
  /**
   * The pages of the released mini-program, for `wxacode.getUnlimited` with check_path on (WeChat's
   * default): a page not released yet is refused. None by default, as for an app never released.
   */
  releasedPages?: string[];
}

type WxAnswer = Record<string, unknown> & { errcode: number; errmsg: string };
type Api = (args: Record<string, unknown>, appid: string) => Promise<WxAnswer> | WxAnswer;

/**
 * The open API WeChat offers cloud functions (`cloud.openapi.*`), answered locally: content security by word
 * lists and a file-name/bytes marker, subscribe messages recorded in an outbox instead of delivered, with the
 * credits `wx.requestSubscribeMessage` would grant kept durably in `${dataDir}/openapi.sqlite`.
 */
export function createOpenApiModule(
  ctx: DevCloudContext,
  options: OpenApiOptions,
  identify: (req: IncomingMessage) => Caller | null,
  invoker: FunctionInvoker,
) {
  const risky = options.riskyWords ?? DEFAULT_RISKY_WORDS;
  const review = options.reviewWords ?? DEFAULT_REVIEW_WORDS;
  const delayMs = options.mediaCheckDelayMs ?? 1000;
  const releasedPages = new Set(options.releasedPages ?? []);
  const pending = new Set<NodeJS.Timeout>();
  let store: OpenApiStore | null = null;
  const db = () => {
    store ??= new OpenApiStore(ctx.dataDir);
    return store;
  };

  const apis: Record<string, Api> = {
    'security.msgSecCheck': (args) => judgeText(String(args.content ?? ''), risky, review, randomUUID()),
    'security.mediaCheckAsync': (args, appid) => {
      const check: MediaCheck = {
        traceId: randomUUID(),
        openid: String(args.openid ?? ''),
        mediaUrl: String(args.media_url ?? ''),
        mediaType: Number(args.media_type ?? 2),
        suggest: null,
        label: null,
        createdAt: Date.now(),
        decidedAt: null,
      };
      if (!check.mediaUrl) return { errcode: 47001, errmsg: 'data format error: media_url is required' };
      db().saveMediaCheck(check);
      const timer = setTimeout(() => {
        pending.delete(timer);
        decideMedia(check, appid).catch((e: unknown) =>
          ctx.log('error', `media check ${check.traceId}: ${String(e)}`),
        );
      }, delayMs);
      pending.add(timer);
      return { errcode: 0, errmsg: 'ok', trace_id: check.traceId };
    },
    'subscribeMessage.send': (args) => {
      const touser = args.touser;
      const templateId = args.template_id;
      if (typeof touser !== 'string' || !touser) return { errcode: 40003, errmsg: 'invalid openid' };
      if (typeof templateId !== 'string' || !templateId)
        return { errcode: 40037, errmsg: 'invalid template_id' };
      const problem = checkTemplateData(args.data);
      if (problem) return { errcode: 47003, errmsg: problem };
      const message: OutboxMessage = {
        msgid: String(Date.now() * 1000 + Math.floor(Math.random() * 1000)),
        touser,
        templateId,
        page: typeof args.page === 'string' ? args.page : null,
        data: args.data as OutboxMessage['data'],
        miniprogramState: typeof args.miniprogram_state === 'string' ? args.miniprogram_state : null,
        sentAt: Date.now(),
      };
      if (!db().consumeAndRecord(message)) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
      return { errcode: 0, errmsg: 'ok', msgid: message.msgid };
    },
  };

  /**
   * Decides a media check, then pushes `wxa_media_check` to the configured function as WeChat's message push
   * does: the event is exactly the push's JSON (fields and types of a recorded real push, labels as strings),
   * and the function's context OPENID is filled from `FromUserName`.
   */
  async function decideMedia(check: MediaCheck, appid: string): Promise<void> {
    const verdict = judgeMedia(check.mediaUrl, await fetchLocal(check.mediaUrl));
    db().saveMediaCheck({ ...check, ...verdict, decidedAt: Date.now() });
    const target = options.mediaCheckCallback;
    if (!target) return;
    const label = String(verdict.label);
    const event = {
      ToUserName: 'gh_0000000local',
      FromUserName: check.openid,
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid,
      trace_id: check.traceId,
      version: 2,
      result: { suggest: verdict.suggest, label },
      detail: [{ strategy: 'content_model', errcode: 0, suggest: verdict.suggest, label, prob: 90 }],
    };
    const outcome = await invoker.invoke(
      target,
      event,
      { openid: event.FromUserName, appid },
      { push: true },
    );
    if (!outcome.ok) ctx.log('error', `wxa_media_check push to ${target} failed: ${outcome.errMsg}`);
  }

  /** Media on the local cloud itself can be read; anything else is judged by its URL alone (no network). */
  async function fetchLocal(url: string): Promise<Buffer | null> {
    if (!ctx.baseUrl || !url.startsWith(ctx.baseUrl)) return null;
    try {
      const res = await fetch(url);
      return res.ok ? Buffer.from(await res.arrayBuffer()) : null;
    } catch {
      return null;
    }
  }

  async function openApiAction(params: AdminParams, files: Record<string, Buffer>): Promise<Buffer> {
    const apiName = String(params.apiName ?? '');
    const raw = files.requestData ?? Buffer.from(String(params.requestData ?? ''), 'latin1');
    const { appid, args } = decodeRequest(raw);
    // The one API that answers a picture rather than JSON.
    if (apiName === 'wxacode.getUnlimited') {
      const answer = await getUnlimited(args, releasedPages);
      return 'image' in answer
        ? encodeBinaryResponse(answer.image, answer.contentType)
        : encodeJsonResponse(answer.json);
    }
    const api = apis[apiName];
    if (!api)
      return encodeJsonResponse({ errcode: -1, errmsg: `${apiName} is not implemented by the local cloud` });
    return encodeJsonResponse(await api(args, appid));
  }

  /** Grants one-time subscription credits, as a tap on "allow" in wx.requestSubscribeMessage does. */
  function grantSubscription(openid: string, templateId: string, count = 1): number {
    return db().grant(openid, templateId, count);
  }

  /**
   * `POST /local/subscriptions` `{ tmplIds: string[], count? }` -> requestSubscribeMessage's answer, for the
   * signed-in caller (the gateway's local sign-in cookie, on loopback): as in WeChat, a user grants credits
   * only to themselves, so an `openid` in the body is never trusted.
   */
  async function subscriptionsRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const openid = identify(req)?.openid;
    if (!openid) return sendJson(res, 401, { code: 'UNAUTHENTICATED', message: 'sign in first' });
    let body: { tmplIds?: unknown; count?: unknown };
    try {
      body = JSON.parse((await readRaw(req, 64 * 1024)).toString('utf8')) as typeof body;
    } catch {
      return sendJson(res, 400, { code: 'INVALID_PARAM', message: 'body must be JSON' });
    }
    const ids = Array.isArray(body.tmplIds)
      ? body.tmplIds.filter((t): t is string => typeof t === 'string')
      : [];
    if (ids.length === 0) {
      return sendJson(res, 400, { code: 'INVALID_PARAM', message: 'tmplIds are required' });
    }
    const count = typeof body.count === 'number' && body.count > 0 ? Math.floor(body.count) : 1;
    const answer: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' };
    for (const id of ids) {
      grantSubscription(openid, id, count);
      answer[id] = 'accept';
    }
    sendJson(res, 200, answer);
  }

  /**
   * `GET /local/outbox`: the subscribe messages sent to the signed-in caller (401 without a session). Asking
   * for someone else's (`?touser=`) is refused: the messages hold case numbers, names and times.
   */
  function outboxRoute(req: IncomingMessage, res: ServerResponse): void {
    const openid = identify(req)?.openid;
    const touser = new URL(req.url ?? '/', 'http://local').searchParams.get('touser');
    if (!openid) sendJson(res, 401, { code: 'UNAUTHENTICATED', message: 'sign in first' });
    else if (touser !== null && touser !== openid) {
      sendJson(res, 403, { code: 'ACCESS_DENIED', message: 'only your own messages' });
    } else sendJson(res, 200, { messages: db().outbox(openid) });
  }

  const module = {
    name: 'openapi',
    adminActions: { 'wx.openApi': openApiAction },
    routes: [
      { method: 'POST', prefix: '/local/subscriptions', handle: subscriptionsRoute },
      {
        method: 'GET',
        prefix: '/local/outbox',
        handle: outboxRoute,
      },
    ],
    grantSubscription,
    /** Credits left for a user and template. */
    credits: (openid: string, templateId: string) => db().credits(openid, templateId),
    /** Messages sent, oldest first, optionally for one user. */
    outbox: (touser?: string) => db().outbox(touser),
    /** A media check and its verdict once decided (null verdict while pending). */
    mediaCheck: (traceId: string) => db().mediaCheck(traceId),
    stop() {
      for (const t of pending) clearTimeout(t);
      pending.clear();
      store?.close();
      store = null;
    },
  } satisfies DevCloudModule & Record<string, unknown>;
  return module;
}
