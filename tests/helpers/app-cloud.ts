import { randomBytes } from 'node:crypto';
import type { ActionName, Api, FunctionName } from '@contracts/api';
import type { ApiResult } from '@contracts/errors';
import type { Role } from '@contracts/models';
import { type SubscribePurpose, subscribeTemplates } from '@contracts/templates';
import { type DevCloudHandle, sdk, useDevCloud } from './devcloud';

const purposes = Object.keys(subscribeTemplates) as SubscribePurpose[];

/** The subscribe template ids the tests' functions are configured with, by purpose. */
export const testTemplateIds = Object.fromEntries(purposes.map((p) => [p, `test-tmpl-${p}`])) as Record<
  SubscribePurpose,
  string
>;

/** The functions' configuration for tests, as the CloudBase console would hold it. */
export const testFunctionConfig = {
  PMR_FIELD_KEY: randomBytes(32).toString('base64'),
  PMR_ADMIN_OPENIDS: 'configured-admin',
  ...Object.fromEntries(purposes.map((p) => [subscribeTemplates[p].env, testTemplateIds[p]])),
};

export interface AppCloud extends DevCloudHandle {
  /** Calls a function as `openid` (or with no identity) through the runner, as the mini-program would. */
  call<F extends FunctionName>(
    openid: string | null,
    fn: F,
    action: ActionName<F> | string,
    payload?: unknown,
  ): Promise<ApiResult<Record<string, unknown>>>;
  /** Registers a user with a role straight in the database, answering their openid. */
  createUser(role: Role, fields?: Record<string, unknown>): Promise<{ openid: string; id: string }>;
}

/**
 * A local cloud running the app's real function bundles (built by tests/global-setup.ts), for one test
 * file. Calls go through the function runner with a chosen caller, exactly as `wx.cloud.callFunction` would.
 */
export function useAppCloud(
  options: { poolSize?: number; maxWorkers?: number; localSignIn?: boolean } = {},
): AppCloud {
  Object.assign(process.env, testFunctionConfig);
  const { localSignIn = false, ...pool } = options;
  // Image verdicts are pushed to the chat's function, as its message push is configured in WeChat's console.
  const handle = useDevCloud({
    poolSize: 2,
    ...pool,
    openapi: { mediaCheckCallback: 'message', mediaCheckDelayMs: 200 },
    // The local sign-in is how the realtime channel (watch) knows its user; loopback only.
    gateway: { localSignIn },
  }) as AppCloud;
  let seq = 0;
  handle.call = async (openid, fn, action, payload) => {
    const outcome = await handle.devcloud.functions.invoker.invoke(
      fn,
      { action, payload },
      openid ? { openid } : {},
    );
    if (!outcome.ok) throw new Error(`invocation failed: ${outcome.errMsg}`);
    return outcome.result as ApiResult<Record<string, unknown>>;
  };
  handle.createUser = async (role, fields = {}) => {
    seq += 1;
    const openid = `test-${role}-${seq}-${randomBytes(3).toString('hex')}`;
    const now = Date.now();
    const res = await sdk(
      handle.db.collection('users').add({
        data: { openid, role, nickname: `测试${seq}`, createdAt: now, updatedAt: now, ...fields },
      }),
    );
    return { openid, id: (res as { _id: string })._id };
  };
  return handle;
}

/** Narrows an ApiResult to its data, failing the test with the error when it is a refusal. */
export function dataOf<T = Record<string, unknown>>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

/** The error code of a refusal, or 'OK' so an expectation failure shows what happened. */
export function codeOf(result: ApiResult<unknown>): string {
  return result.ok ? 'OK' : result.error.code;
}

export type { Api };
