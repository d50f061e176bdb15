import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { type OfficialAccountState, type WeChatError, WeChatErrors } from './state';

export type Answer = Record<string, unknown>;
type Route = (state: OfficialAccountState, req: IncomingMessage, url: URL) => Promise<Answer>;

const ok = { errcode: 0, errmsg: 'ok' };

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The `media` file part of a multipart upload, or null when there is none. */
function readMedia(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let bytes: Buffer | null = null;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers });
    } catch {
      resolve(null);
      return;
    }
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (name === 'media') bytes = Buffer.concat(chunks);
      });
    });
    parser.on('close', () => resolve(bytes));
    parser.on('error', () => resolve(null));
    req.pipe(parser);
  });
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

const addMaterial: Route = async (state, req, url) => {
  if (url.searchParams.get('type') !== 'image') return { errcode: 40004, errmsg: 'invalid media type' };
  const media = await readMedia(req);
  if (!media || media.length === 0) return { errcode: 41005, errmsg: 'media data missing' };
  const mediaId = state.newId('thumb_');
  state.materials.set(mediaId, media.length);
  return { media_id: mediaId, url: `http://mmbiz.qpic.cn/local/${mediaId}` };
};

const draftAdd: Route = async (state, req) => {
  const body = await readJson(req);
  const articles = body?.articles;
  if (!Array.isArray(articles) || articles.length === 0) return WeChatErrors.badFormat;
  for (const a of articles as Record<string, unknown>[]) {
    if (!text(a.title) || !text(a.content) || !text(a.thumb_media_id)) return WeChatErrors.badFormat;
    if (!state.materials.has(a.thumb_media_id)) return WeChatErrors.badMediaId;
  }
  const first = articles[0] as { title: string; content: string };
  const mediaId = state.newId('draft_');
  state.drafts.set(mediaId, { title: first.title, content: first.content });
  return { media_id: mediaId };
};

const submit: Route = async (state, req) => {
  const body = await readJson(req);
  if (!body || !text(body.media_id)) return WeChatErrors.badFormat;
  if (!state.drafts.has(body.media_id)) return WeChatErrors.badMediaId;
  return { ...ok, publish_id: state.startJob(body.media_id), msg_data_id: 2_247_000_001 };
};

const publishGet: Route = async (state, req) => {
  const body = await readJson(req);
  if (!body || !text(body.publish_id)) return WeChatErrors.badFormat;
  if (!state.jobs.has(body.publish_id)) return { errcode: 53600, errmsg: 'invalid publish_id' };
  const job = state.poll(body.publish_id);
  const done = job.current === 0;
  return {
    publish_id: body.publish_id,
    publish_status: job.current,
    ...(done
      ? {
          article_id: job.articleId,
          article_detail: {
            count: 1,
            item: [{ idx: 1, article_url: `https://mp.weixin.qq.com/s/${job.articleId}` }],
          },
        }
      : {}),
    fail_idx: job.current >= 2 ? [1] : [],
  };
};

/** The official account APIs the app uses, all POST with `access_token` in the query. */
export const tokenRoutes: Record<string, Route> = {
  '/cgi-bin/material/add_material': addMaterial,
  '/cgi-bin/draft/add': draftAdd,
  '/cgi-bin/freepublish/submit': submit,
  '/cgi-bin/freepublish/get': publishGet,
};

export function tokenAnswer(
  state: OfficialAccountState,
  url: URL,
  account: { appid: string; secret: string },
): Answer | WeChatError {
  if (url.searchParams.get('grant_type') !== 'client_credential')
    return { errcode: 40002, errmsg: 'invalid grant_type' };
  if (url.searchParams.get('appid') !== account.appid) return WeChatErrors.badAppid;
  if (url.searchParams.get('secret') !== account.secret) return WeChatErrors.badSecret;
  return { access_token: state.issueToken(7200), expires_in: 7200 };
}
