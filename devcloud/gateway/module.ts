import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../server/http-server';
import type {
  Caller,
  DevCloudContext,
  DevCloudModule,
  DocumentReader,
  FunctionInvoker,
} from '../server/module';
import { readRaw } from '../server/read-body';
import { createUploadRoute, type UploadStore } from './browser-upload';
import { loadSessionSecret, readCookie, SESSION_COOKIE, signSession, verifySession } from './session-cookie';
import { serveStatic } from './static-files';

export interface GatewayOptions {
  /** The h5 build to serve at `/` (dist-h5). Without it only the API routes exist. */
  h5Dir?: string;
  /** Allow the local sign-in (choose a demo user or a new resident). Only ever honoured on loopback. */
  localSignIn?: boolean;
}

/** Demo users are seeded with openids starting so; the sign-in page lists them. */
const DEMO_OPENID = /^demo-/;
/** Function names as CloudBase allows them. */
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,60}$/;

/**
 * The h5 app's door to the local cloud: `POST /api/functions/<name>` takes the event the mini-program would
 * send to `wx.cloud.callFunction` and answers what that call answers (`{ result }` or `{ errCode, errMsg }`).
 * Identity comes from the local sign-in cookie, never from the request body; `POST /local/upload` is the h5
 * build's `wx.cloud.uploadFile` (see browser-upload.ts). Malformed requests answer 400 or 401, never a crash.
 */
export function createGatewayModule(
  ctx: DevCloudContext,
  invoker: FunctionInvoker,
  reader: DocumentReader,
  storage: UploadStore,
  options: GatewayOptions,
): DevCloudModule & {
  identify(req: IncomingMessage): Caller | null;
  sessionCookieFor(openid: string): string;
} {
  const secret = loadSessionSecret(ctx.dataDir);
  const signInAllowed = (req: IncomingMessage) => options.localSignIn === true && isLoopback(req);

  function identify(req: IncomingMessage): Caller | null {
    if (!signInAllowed(req)) return null;
    const openid = verifySession(secret, readCookie(req.headers.cookie, SESSION_COOKIE));
    return openid ? { openid, appid: 'local-h5' } : null;
  }

  async function callFunction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const caller = identify(req);
    if (!caller) return sendJson(res, 401, { errCode: -401, errMsg: 'callFunction:fail not signed in' });
    let name = '';
    try {
      name = decodeURIComponent((req.url ?? '').split('?')[0]!.slice('/api/functions/'.length));
    } catch {
      // Not valid percent-encoding: answered below like any other impossible name.
    }
    if (!FUNCTION_NAME.test(name)) {
      return sendJson(res, 400, { errCode: -400, errMsg: 'callFunction:fail invalid function name' });
    }
    let event: unknown;
    try {
      event = JSON.parse((await readRaw(req, 2 * 1024 * 1024)).toString('utf8') || '{}');
    } catch {
      return sendJson(res, 400, { errCode: -400, errMsg: 'callFunction:fail request body is not JSON' });
    }
    const outcome = await invoker.invoke(name, event, caller);
    if (outcome.ok) return sendJson(res, 200, { result: outcome.result, errMsg: 'cloud.callFunction:ok' });
    sendJson(res, 200, { errCode: outcome.errCode, errMsg: outcome.errMsg });
  }

  function identityOf(openid: string) {
    const [user] = reader.find('users', { openid }, { limit: 1 });
    return { openid, nickname: String(user?.nickname ?? '新居民'), role: String(user?.role ?? 'resident') };
  }

  async function session(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!signInAllowed(req))
      return sendJson(res, 403, { code: 'FORBIDDEN', message: 'local sign-in is off' });
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/local/session/users') {
      const users = reader.find(
        'users',
        { openid: { $regex: DEMO_OPENID.source } },
        { sort: { createdAt: 1 } },
      );
      return sendJson(res, 200, { users: users.map((u) => identityOf(String(u.openid))) });
    }
    if (req.method === 'GET') {
      const caller = identify(req);
      return sendJson(res, 200, { identity: caller?.openid ? identityOf(caller.openid) : null });
    }
    if (req.method === 'DELETE') {
      res.setHeader('set-cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
      return sendJson(res, 200, { identity: null });
    }
    const body = parseObject((await readRaw(req, 4096)).toString('utf8') || '{}');
    if (!body) return sendJson(res, 400, { code: 'BAD_REQUEST', message: 'body must be a JSON object' });
    const openid = body.newResident === true ? `local-${randomBytes(8).toString('hex')}` : body.openid;
    if (typeof openid !== 'string' || !(DEMO_OPENID.test(openid) || openid.startsWith('local-'))) {
      return sendJson(res, 400, { code: 'BAD_REQUEST', message: 'choose a demo user or a new resident' });
    }
    res.setHeader('set-cookie', sessionCookieFor(openid));
    sendJson(res, 200, { identity: identityOf(openid) });
  }

  function sessionCookieFor(openid: string): string {
    return `${SESSION_COOKIE}=${signSession(secret, openid)}; Path=/; HttpOnly; SameSite=Lax`;
  }

  const h5Dir = options.h5Dir;
  return {
    name: 'gateway',
    identify,
    sessionCookieFor,
    routes: [
      { method: 'POST', prefix: '/api/functions/', handle: callFunction },
      { method: 'GET', prefix: '/local/session', handle: session },
      { method: 'POST', prefix: '/local/session', handle: session },
      { method: 'DELETE', prefix: '/local/session', handle: session },
      { method: 'POST', prefix: '/local/upload', handle: createUploadRoute(identify, reader, storage) },
      ...(h5Dir
        ? [
            {
              method: 'GET' as const,
              prefix: '/',
              handle: (q: IncomingMessage, s: ServerResponse) => serveStatic(h5Dir, q, s),
            },
          ]
        : []),
    ],
  };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
