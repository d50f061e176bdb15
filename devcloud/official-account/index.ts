import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Answer, tokenAnswer, tokenRoutes } from './routes';
import { OfficialAccountState, WeChatErrors } from './state';

export { WeChatErrors } from './state';

export interface OfficialAccountStandIn {
  url: string;
  appid: string;
  secret: string;
  state: OfficialAccountState;
  close(): Promise<void>;
}

/**
 * A stand-in for the official account API (api.weixin.qq.com) on loopback, for tests and the local demo.
 * It checks each request as WeChat documents it (method, access_token, JSON or multipart body, required
 * fields, known media ids) and answers WeChat's documented shapes and errors; `state` lets a test expire
 * tokens, script errors (quota, bad media) and make publish jobs fail.
 */
export async function startOfficialAccountStandIn(
  options: { port?: number; appid?: string; secret?: string } = {},
): Promise<OfficialAccountStandIn> {
  const appid = options.appid ?? 'wxlocalofficial0001';
  const secret = options.secret ?? 'local-official-secret';
  const state = new OfficialAccountState();

  async function answer(req: IncomingMessage, url: URL): Promise<Answer> {
    if (url.pathname === '/cgi-bin/token') {
      if (req.method !== 'GET') return { errcode: 43001, errmsg: 'require GET method' };
      return tokenAnswer(state, url, { appid, secret });
    }
    const route = tokenRoutes[url.pathname];
    if (!route) return { errcode: 48001, errmsg: 'api unauthorized' };
    if (req.method !== 'POST') return WeChatErrors.badMethod;
    if (state.expireAt.delete(url.pathname)) state.expireAllTokens();
    const tokenError = state.tokenError(url.searchParams.get('access_token'));
    if (tokenError) return tokenError;
    return state.takeScripted(url.pathname) ?? (await route(state, req, url));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    let body: Answer;
    try {
      body = await answer(req, url);
    } catch {
      body = { errcode: -1, errmsg: 'system error' };
    }
    // Drain whatever the route did not read, so the client sees the answer.
    req.resume();
    state.log.push({ path: url.pathname, errcode: typeof body.errcode === 'number' ? body.errcode : 0 });
    const json = JSON.stringify(body);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  }

  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    appid,
    secret,
    state,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
