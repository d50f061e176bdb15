import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createDatabaseModule } from './db/module';
import { createFunctionsModule } from './functions/module';
import { createGatewayModule, type GatewayOptions } from './gateway/module';
import { createOpenApiModule, type OpenApiOptions } from './openapi/module';
import { createRealtimeModule } from './realtime/module';
import { createHttpServer } from './server/http-server';
import type { DevCloudContext, DevCloudModule } from './server/module';
import { createStorageModule } from './storage/module';
import { createTriggersModule } from './triggers/module';

export interface DevCloudOptions {
  /** Repository root; defaults to the folder above devcloud/. */
  rootDir?: string;
  /** Where the SQLite file, storage files and outbox live; one folder per environment. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  envId?: string;
  /** Warm function workers (the pool's minimum, default 2); each runs several invocations at once. */
  poolSize?: number;
  /** Most function workers at once (default 8); the pool grows on demand and retires idle extras. */
  maxWorkers?: number;
  /** Extra folders holding function folders, searched before `cloudfunctions/` (tests use fixtures). */
  functionRoots?: string[];
  /** Run timer triggers on their schedule (off in tests, which fire them by hand). */
  timers?: boolean;
  openapi?: OpenApiOptions;
  gateway?: GatewayOptions;
  quiet?: boolean;
}

export type DevCloud = Awaited<ReturnType<typeof startDevCloud>>;

/** Starts the local CloudBase on 127.0.0.1 and resolves once it accepts requests. */
export async function startDevCloud(options: DevCloudOptions) {
  const rootDir = options.rootDir ?? resolve(__dirname, '..');
  const envId = options.envId ?? 'local';
  const dataDir = resolve(options.dataDir, envId);
  mkdirSync(dataDir, { recursive: true });
  const ctx: DevCloudContext = {
    envId,
    dataDir,
    rootDir,
    baseUrl: '',
    events: new EventEmitter(),
    log(level, message) {
      if (options.quiet && level === 'info') return;
      const line = `[devcloud] ${level}: ${message}`;
      if (level === 'error') console.error(line);
      else console.log(line);
    },
  };
  ctx.events.setMaxListeners(0);

  const database = createDatabaseModule(ctx);
  const functions = createFunctionsModule(ctx, {
    poolSize: options.poolSize ?? 2,
    maxWorkers: options.maxWorkers,
    functionRoots: options.functionRoots,
  });
  const storage = createStorageModule(ctx);
  // The gateway next: its local sign-in is who the open API's, realtime's and uploads' routes serve.
  const gateway = createGatewayModule(
    ctx,
    functions.invoker,
    database.reader,
    storage,
    options.gateway ?? {},
  );
  const openapi = createOpenApiModule(ctx, options.openapi ?? {}, gateway.identify, functions.invoker);
  const triggers = createTriggersModule(ctx, functions.invoker, {
    schedule: options.timers ?? false,
    functionRoots: options.functionRoots,
  });
  const realtime = createRealtimeModule(ctx, database.reader, gateway.identify);
  const modules: DevCloudModule[] = [database, functions, openapi, storage, realtime, triggers, gateway];

  const server = createHttpServer(ctx, modules);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  ctx.baseUrl = `http://127.0.0.1:${port}`;
  for (const m of modules) await m.start?.();
  ctx.log('info', `listening on ${ctx.baseUrl} (env ${envId}, data ${dataDir})`);

  return {
    url: ctx.baseUrl,
    port,
    ctx,
    database,
    functions,
    openapi,
    storage,
    realtime,
    triggers,
    gateway,
    /** Environment that points a process's wx-server-sdk at this local cloud. */
    sdkEnv: sdkEnvironment(ctx.baseUrl, envId),
    async close() {
      for (const m of [...modules].reverse()) await m.stop?.();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** The environment variables that make an unmodified wx-server-sdk talk to the local cloud. */
export function sdkEnvironment(baseUrl: string, envId: string): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${baseUrl}/admin` }),
    TENCENTCLOUD_SECRETID: 'local-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-secret-key',
    TENCENTCLOUD: 'true',
    TCB_ENV: envId,
    SCF_NAMESPACE: envId,
  };
}
