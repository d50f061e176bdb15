import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type FunctionLocation, locateFunction } from '../functions/config';
import { parseWeChatCron } from '../functions/wechat-cron';
import type { DevCloudContext, DevCloudModule, FunctionInvoker, InvokeOutcome } from '../server/module';

/** Options of the timer triggers. */
export interface TriggersOptions {
  /** Fire triggers on their schedule; off in tests, which call runNow. */
  schedule: boolean;
  /** Extra function roots searched before `${rootDir}/cloudfunctions` (tests). */
  functionRoots?: string[];
}

/**
 * Timer triggers from each function's config.json `triggers` (type `timer`). A fired trigger invokes the
 * function with CloudBase's timer event `{ Type: 'Timer', TriggerName, Time }` and no user identity.
 */
export function createTriggersModule(
  ctx: DevCloudContext,
  invoker: FunctionInvoker,
  options: TriggersOptions,
) {
  const roots = [...(options.functionRoots ?? []), join(ctx.rootDir, 'cloudfunctions')];
  const timers = new Set<NodeJS.Timeout>();
  let running = false;

  function fire(fn: string, trigger: string): Promise<InvokeOutcome> {
    const event = { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString() };
    return invoker.invoke(fn, event, {});
  }

  /** Runs a function's trigger at once, whatever its schedule; fails when the trigger is not declared. */
  async function runNow(fn: string, trigger: string): Promise<InvokeOutcome> {
    const loc = locateFunction(roots, fn);
    if (!loc?.triggers.some((t) => t.name === trigger && t.type === 'timer')) {
      return {
        ok: false,
        errCode: -501000,
        errMsg: loc?.configError ?? `no timer trigger ${trigger} on function ${fn}`,
        durationMs: 0,
      };
    }
    return fire(fn, trigger);
  }

  function scheduleNext(loc: FunctionLocation, name: string, config: string): void {
    if (!running) return;
    const next = parseWeChatCron(config).next().toDate().getTime();
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        scheduleNext(loc, name, config);
        fire(loc.name, name).then(
          (out) => {
            if (!out.ok) ctx.log('warn', `timer ${loc.name}/${name} failed: ${out.errMsg}`);
          },
          (e: unknown) => ctx.log('error', `timer ${loc.name}/${name}: ${String(e)}`),
        );
      },
      Math.max(0, next - Date.now()),
    );
    timer.unref();
    timers.add(timer);
  }

  /** Every timer trigger declared by the functions in the roots. */
  function list(): Array<{ fn: string; name: string; config: string }> {
    const out: Array<{ fn: string; name: string; config: string }> = [];
    for (const loc of listFunctions(roots)) {
      for (const t of loc.triggers)
        if (t.type === 'timer') out.push({ fn: loc.name, name: t.name, config: t.config });
    }
    return out;
  }

  return {
    name: 'triggers',
    runNow,
    list,
    start() {
      if (!options.schedule) return;
      running = true;
      for (const loc of listFunctions(roots)) {
        if (loc.configError) ctx.log('error', `function ${loc.name}: ${loc.configError}; no timers`);
        for (const t of loc.triggers) {
          if (t.type !== 'timer') continue;
          try {
            scheduleNext(loc, t.name, t.config);
            ctx.log('info', `timer ${loc.name}/${t.name} scheduled (${t.config})`);
          } catch (e) {
            ctx.log('error', `timer ${loc.name}/${t.name}: ${String(e)}`);
          }
        }
      }
    },
    stop() {
      running = false;
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  } satisfies DevCloudModule & Record<string, unknown>;
}

function listFunctions(roots: string[]): FunctionLocation[] {
  const names = new Set<string>();
  for (const root of roots) {
    try {
      for (const d of readdirSync(root, { withFileTypes: true })) if (d.isDirectory()) names.add(d.name);
    } catch {
      // No such root yet (functions not built): no triggers there.
    }
  }
  return [...names].map((n) => locateFunction(roots, n)).filter((l): l is FunctionLocation => l !== null);
}

/**
 * `npm run devcloud -- trigger <fn> <trigger>`: the CLI starts the local cloud and calls this; prints the
 * outcome and returns the process exit code.
 */
export async function triggerCommand(
  triggers: { runNow(fn: string, trigger: string): Promise<InvokeOutcome> },
  args: string[],
): Promise<number> {
  const [fn, trigger] = args;
  if (!fn || !trigger) {
    console.error('usage: devcloud trigger <function> <trigger>');
    return 2;
  }
  const out = await triggers.runNow(fn, trigger);
  if (out.ok) console.log(JSON.stringify(out.result, null, 2));
  else console.error(`${fn}/${trigger} failed: [${out.errCode}] ${out.errMsg}`);
  return out.ok ? 0 : 1;
}
