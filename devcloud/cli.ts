import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevCloud } from './index';
import { OpenApiStore } from './openapi/store';
import { triggerCommand } from './triggers/module';

const ROOT = resolve(__dirname, '..');
/** The data folder `npm start` uses, so the commands see the same database and outbox by default. */
const DEFAULT_DATA = join(ROOT, '.devcloud');

const USAGE = `usage: npm run devcloud -- <command> [options]

  start [--port N] [--data DIR] [--env ID]   run the local cloud (timer triggers on schedule) until Ctrl+C
  trigger <function> <trigger> [--data DIR]  run a function's timer trigger once, now, and print its result
  outbox [--touser OPENID] [--data DIR]      print the subscribe messages the local cloud recorded

  --data defaults to .devcloud/ (the folder npm start uses); --env defaults to "local".`;

/**
 * The functions' environment variables as a CloudBase console would hold them, if `npm start` wrote them
 * (`<data>/function-config.json`). Workers copy process.env when they start, so this runs before the cloud.
 */
function applyFunctionConfig(dataDir: string): void {
  const file = join(dataDir, 'function-config.json');
  if (!existsSync(file)) return;
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const [k, v] of Object.entries(config)) if (typeof v === 'string') process.env[k] = v;
}

async function start(dataDir: string, envId: string, port: number): Promise<number> {
  applyFunctionConfig(dataDir);
  const cloud = await startDevCloud({ dataDir, envId, port, timers: true, gateway: { localSignIn: true } });
  console.log(`local cloud on ${cloud.url} (env ${envId}, data ${cloud.ctx.dataDir})`);
  console.log("point a process's wx-server-sdk at it with these environment variables:");
  for (const [k, v] of Object.entries(cloud.sdkEnv)) console.log(`  ${k}='${v}'`);
  console.log('stop with Ctrl+C');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await cloud.close();
  return 0;
}

/**
 * Runs the trigger in a fresh local cloud of its own on the same data folder (no port to find, nothing to
 * keep running): SQLite lets it share the database with a running `npm start`, whose realtime streams do not
 * see these writes until their next change. The event is CloudBase's timer event, with no user identity.
 */
async function trigger(dataDir: string, envId: string, args: string[]): Promise<number> {
  applyFunctionConfig(dataDir);
  const cloud = await startDevCloud({ dataDir, envId, port: 0, quiet: true, poolSize: 0 });
  try {
    return await triggerCommand(cloud.triggers, args);
  } finally {
    await cloud.close();
  }
}

function outbox(dataDir: string, envId: string, touser: string | undefined): number {
  const envDir = resolve(dataDir, envId);
  if (!existsSync(join(envDir, 'openapi.sqlite'))) {
    console.log(`no outbox yet in ${envDir}`);
    return 0;
  }
  const store = new OpenApiStore(envDir);
  try {
    const messages = store.outbox(touser);
    for (const m of messages) {
      console.log(`${new Date(m.sentAt).toISOString()}  to ${m.touser}  template ${m.templateId}`);
      if (m.page) console.log(`  page ${m.page}`);
      for (const [key, { value }] of Object.entries(m.data)) console.log(`  ${key}: ${value}`);
    }
    console.log(`${messages.length} message(s)`);
    return 0;
  } finally {
    store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      env: { type: 'string' },
      touser: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  const dataDir = resolve(values.data ?? DEFAULT_DATA);
  const envId = values.env ?? 'local';
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'start': {
      const port = Number(values.port ?? 0);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`--port must be a port number, got ${values.port}`);
        return 2;
      }
      return start(dataDir, envId, port);
    }
    case 'trigger':
      return trigger(dataDir, envId, rest);
    case 'outbox':
      return outbox(dataDir, envId, values.touser);
    default:
      console.error(`unknown command ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
