import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CloudCode, CloudError } from './cloud-error';
import type { AdminHandler, DevCloudContext, DevCloudModule, Route } from './module';
import { readAdminParams } from './read-body';

/** Writes a JSON response; the one way every route of the local cloud answers JSON. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * The local cloud's HTTP server: `POST /admin` is the SDK's endpoint, dispatched by `action` to the modules'
 * handlers; every other path goes to the first module route whose prefix matches. A failing handler never
 * stops the server: CloudErrors become CloudBase-shaped bodies (400 on a route), anything else is logged and
 * answered SYS_ERR.
 */
export function createHttpServer(ctx: DevCloudContext, modules: DevCloudModule[]): Server {
  const actions: Record<string, AdminHandler> = {};
  const routes: Route[] = [];
  for (const m of modules) {
    Object.assign(actions, m.adminActions ?? {});
    routes.push(...(m.routes ?? []));
  }
  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => answerError(res, error));
  });
  server.keepAliveTimeout = 60_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'POST' && path === '/admin') {
      const { params, files } = await readAdminParams(req);
      const handler = actions[params.action];
      if (!handler) throw new CloudError(CloudCode.invalidAction, `unknown action ${params.action}`);
      const result = await handler(params, files);
      if (Buffer.isBuffer(result)) {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': result.length });
        res.end(result);
        return;
      }
      sendJson(res, 200, { ...(result as object), requestId: randomUUID() });
      return;
    }
    const route = routes.find((r) => r.method === req.method && path.startsWith(r.prefix));
    if (!route) {
      sendJson(res, 404, { code: 'NOT_FOUND', message: `no route for ${req.method} ${path}` });
      return;
    }
    try {
      await route.handle(req, res);
    } catch (error) {
      // A route's CloudError is a bad request (an oversized body, a path outside storage): 400, not a crash.
      if (!(error instanceof CloudError) || res.headersSent) throw error;
      sendJson(res, 400, { code: error.code, message: error.message });
    }
  }

  function answerError(res: ServerResponse, error: unknown): void {
    if (!(error instanceof CloudError))
      ctx.log('error', `unexpected error: ${(error as Error)?.stack ?? error}`);
    const body =
      error instanceof CloudError
        ? { code: error.code, message: error.message }
        : { code: CloudCode.internal, message: 'internal error of the local cloud' };
    if (res.headersSent) {
      res.end();
      return;
    }
    sendJson(res, 200, { ...body, requestId: randomUUID() });
  }

  return server;
}
