import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DevCloud, startDevCloud } from '../../devcloud/index';

/** What wx-server-sdk exposes that tests use; typed loosely because the SDK ships no types for everything. */
export type WxCloud = typeof import('wx-server-sdk');

/** Options for {@link useDevCloud}: any startDevCloud option except the data dir, plus the caller's identity. */
export type UseDevCloudOptions = Partial<Omit<Parameters<typeof startDevCloud>[0], 'dataDir'>> & {
  /** Put into WX_OPENID (and friends) so `cloud.getWXContext()` sees this caller. */
  openid?: string;
  appid?: string;
  unionid?: string;
};

/** The handle a test file gets: fill in by beforeAll, so read it inside tests only. */
export interface DevCloudHandle {
  devcloud: DevCloud;
  /** A real wx-server-sdk, initialised against the local cloud (`env: 'local'`). */
  cloud: WxCloud;
  /** `cloud.database()`, created once. */
  db: ReturnType<WxCloud['database']>;
  dataDir: string;
}

/**
 * Starts a local cloud for one test file on a fresh temporary data dir and points a real wx-server-sdk at
 * it through process.env (the SDK reads it at call time). afterAll stops the cloud, restores the
 * environment and removes the data dir. The returned object is filled in once beforeAll has run.
 */
export function useDevCloud(options: UseDevCloudOptions = {}): DevCloudHandle {
  const handle = {} as DevCloudHandle;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    const { openid = 'test-openid', appid = 'wx-test-appid', unionid = '', ...start } = options;
    handle.dataDir = mkdtempSync(join(tmpdir(), 'devcloud-test-'));
    handle.devcloud = await startDevCloud({ port: 0, quiet: true, ...start, dataDir: handle.dataDir });
    const env: Record<string, string> = {
      ...handle.devcloud.sdkEnv,
      WX_OPENID: openid,
      WX_APPID: appid,
      WX_UNIONID: unionid,
      // getWXContext() reads only the keys listed here, as in WeChat's runtime.
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
      SILENCE: 'true',
    };
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    // The SDK caches its config per init; requiring it after process.env is set keeps one path for all.
    handle.cloud = require('wx-server-sdk') as WxCloud;
    handle.cloud.init({ env: handle.devcloud.ctx.envId });
    handle.db = handle.cloud.database();
  });
  afterAll(async () => {
    await handle.devcloud?.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (handle.dataDir) rmSync(handle.dataDir, { recursive: true, force: true });
  });
  return handle;
}

/**
 * wx-server-sdk's typings declare every call as `Promise<R> | void | string` (callback overloads); this
 * narrows a call to its promise so tests can read the result's fields without casts.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: mirrors the SDK's own declared return type
export async function sdk<R>(call: Promise<R> | void | string): Promise<R> {
  if (call === undefined || typeof call === 'string')
    throw new Error('wx-server-sdk did not return a promise');
  return call;
}
