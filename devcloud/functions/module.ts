import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sdkEnvironment } from '../index';
import { CloudCode, CloudError } from '../server/cloud-error';
import type {
  AdminParams,
  Caller,
  DevCloudContext,
  DevCloudModule,
  FunctionInvoker,
  InvokeOptions,
  InvokeOutcome,
} from '../server/module';
import { type FunctionLocation, locateFunction } from './config';
import { WorkerPool } from './pool';

/** Options of the function runner. */
export interface FunctionsOptions {
  /** Warm workers started with the cloud and kept while idle (the pool's minimum); default 2. */
  poolSize?: number;
  /** Most workers at once; default max(8, poolSize). */
  maxWorkers?: number;
  /** Invocations one worker runs at once, each in its own environment; default 8 (1: one at a time). */
  concurrency?: number;
  /** An idle worker above the minimum is retired after this long; default 60 s. */
  workerIdleMs?: number;
  /** Start another worker once an invocation has waited this long for a free one; default 100 ms. */
  growAfterMs?: number;
  /** Folders searched before `${rootDir}/cloudfunctions` (tests put tests/fixtures/functions here). */
  functionRoots?: string[];
}

/** The error codes wx.cloud.callFunction reports. */
export const FunctionErrCode = { notFound: -501000, executeFail: -504002, timeout: -504003 } as const;

/** The appid a local user gets when the gateway names none (WeChat always has one). */
export const LOCAL_APPID = 'wx0000000000local';

/**
 * The function runner: runs `<root>/<name>/index.js` `exports.main(event, context)` in warm worker threads, with
 * the caller's identity in the worker's env and in `event.userInfo`, as WeChat's cloud does.
 *
 * Identity of nested calls: every invocation gets a fresh `WX_API_TOKEN` (listed in `WX_CONTEXT_KEYS`, as in
 * WeChat), which the SDK sends as `wxCloudApiToken` with each admin request. `functions.invokeFunction` maps that
 * token back to the running invocation and passes its caller on, so `cloud.callFunction` inside a function
 * called by a user runs the callee as that same user. Requests without a live token (a test process, the gateway's
 * own SDK, a late call after the invocation ended) run the callee with no user identity, like an admin call.
 */
export function createFunctionsModule(
  ctx: DevCloudContext,
  options: FunctionsOptions,
): DevCloudModule & {
  invoker: FunctionInvoker;
  roots: string[];
  locate(name: string): FunctionLocation | null;
  list(): FunctionLocation[];
  poolStats(): ReturnType<WorkerPool['stats']>;
} {
  const roots = [...(options.functionRoots ?? []), join(ctx.rootDir, 'cloudfunctions')];
  const min = Math.max(0, options.poolSize ?? 2);
  const pool = new WorkerPool({
    min,
    max: Math.max(1, min, options.maxWorkers ?? 8),
    concurrency: Math.max(1, options.concurrency ?? 8),
    idleMs: options.workerIdleMs ?? 60_000,
    growAfterMs: options.growAfterMs ?? 100,
    preload: preloadable(ctx.rootDir),
    baseEnv: () => sdkEnvironment(ctx.baseUrl, ctx.envId),
    log: (message) => ctx.log('warn', message),
  });
  /** Tokens of the invocations now running, to their caller. */
  const live = new Map<string, Caller>();

  const locate = (name: string) => locateFunction(roots, name);

  async function invoke(
    name: string,
    event: unknown,
    caller: Caller,
    options: InvokeOptions = {},
  ): Promise<InvokeOutcome> {
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    const loc = locate(name);
    if (!loc) {
      return {
        ok: false,
        errCode: FunctionErrCode.notFound,
        errMsg: notFoundMessage(name),
        durationMs: elapsed(),
      };
    }
    if (loc.configError) {
      // WeChat would not have deployed it: a test must not pass on a function production would refuse.
      return {
        ok: false,
        errCode: FunctionErrCode.notFound,
        errMsg: `${name}: ${loc.configError}`,
        durationMs: elapsed(),
      };
    }
    const requestId = randomUUID();
    const token = randomUUID();
    const appid = caller.appid ?? (caller.openid ? LOCAL_APPID : undefined);
    const withUser =
      typeof event === 'object' && event !== null && !Array.isArray(event) && caller.openid && !options.push
        ? { ...event, userInfo: { appId: appid, openId: caller.openid } }
        : event;
    const env: Record<string, string> = {
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_API_TOKEN',
      WX_API_TOKEN: token,
      TCB_ENV: ctx.envId,
      SCF_FUNCTIONNAME: name,
    };
    if (caller.openid) env.WX_OPENID = caller.openid;
    if (appid) env.WX_APPID = appid;
    if (caller.unionid) env.WX_UNIONID = caller.unionid;
    live.set(token, caller);
    try {
      const result = await pool.run({
        entry: loc.entry,
        mtimeMs: loc.mtimeMs,
        event: withUser,
        env,
        timeoutMs: loc.timeoutMs,
        context: {
          callbackWaitsForEmptyEventLoop: false,
          memory_limit_in_mb: 256,
          time_limit_in_ms: loc.timeoutMs,
          request_id: requestId,
          function_name: name,
          function_version: '$LATEST',
          namespace: ctx.envId,
        },
      });
      switch (result.kind) {
        case 'ok':
          return { ok: true, result: JSON.parse(result.json) as unknown, durationMs: elapsed() };
        case 'timeout': {
          const seconds = loc.timeoutMs / 1000;
          ctx.log('warn', `function ${name} timed out after ${seconds} s (request ${requestId})`);
          const errMsg = `Invoking task timed out after ${seconds} seconds`;
          return { ok: false, errCode: FunctionErrCode.timeout, errMsg, durationMs: elapsed() };
        }
        case 'error':
          // The stack goes to the log only: the caller sees the message, as with WeChat.
          ctx.log(
            'error',
            `function ${name} failed (request ${requestId}): ${result.stack || result.message}`,
          );
          return {
            ok: false,
            errCode: FunctionErrCode.executeFail,
            errMsg: result.message,
            durationMs: elapsed(),
          };
        case 'crash':
          ctx.log('error', `function ${name} crashed its worker (request ${requestId}): ${result.message}`);
          return {
            ok: false,
            errCode: FunctionErrCode.executeFail,
            errMsg: result.message,
            durationMs: elapsed(),
          };
      }
    } finally {
      live.delete(token);
    }
  }

  /** `cloud.callFunction` through the SDK: answered as CloudBase does, `{ data: { response_data } }`. */
  async function invokeAction(params: AdminParams): Promise<unknown> {
    const name = params.function_name;
    if (typeof name !== 'string' || !name)
      throw new CloudError(CloudCode.invalidParam, 'function_name is required');
    const raw = typeof params.request_data === 'string' && params.request_data ? params.request_data : '{}';
    let event: unknown;
    try {
      event = JSON.parse(raw);
    } catch {
      throw new CloudError(CloudCode.invalidParam, 'request_data is not valid JSON');
    }
    const token = typeof params.wxCloudApiToken === 'string' ? params.wxCloudApiToken : '';
    const outcome = await invoke(name, event, live.get(token) ?? {});
    if (outcome.ok) return { data: { response_data: JSON.stringify(outcome.result) } };
    if (outcome.errCode === FunctionErrCode.notFound)
      throw new CloudError(CloudCode.functionNotFound, outcome.errMsg);
    throw new CloudError(CloudCode.functionExecuteFail, outcome.errMsg);
  }

  return {
    name: 'functions',
    invoker: { invoke },
    roots,
    locate,
    /** Every function found in the roots (first root wins for a name), for triggers and the local UI. */
    list() {
      const names = new Set<string>();
      for (const root of roots) {
        try {
          for (const d of readdirSync(root, { withFileTypes: true })) if (d.isDirectory()) names.add(d.name);
        } catch {
          // A root that does not exist (no cloudfunctions/ built yet) holds no function.
        }
      }
      return [...names].map(locate).filter((l): l is FunctionLocation => l !== null);
    },
    adminActions: { 'functions.invokeFunction': invokeAction },
    /** Workers by state and invocations waiting, for tests and the benchmark. */
    poolStats: () => pool.stats(),
    start() {
      pool.warm();
    },
    stop: () => pool.close(),
  };
}

/** The SDK as functions will require it (from the repository's node_modules), if it is installed. */
function preloadable(rootDir: string): string[] {
  try {
    return [require.resolve('wx-server-sdk', { paths: [rootDir] })];
  } catch {
    return [];
  }
}

function notFoundMessage(name: string): string {
  return `[ResourceNotFound.FunctionName] FunctionName parameter could not be found. function ${name} does not exist`;
}
