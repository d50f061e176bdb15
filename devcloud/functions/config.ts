import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** A timer trigger in WeChat's config.json format; `config` is a 7-field cron (sec min hour day month week year). */
const ZTrigger = z.object({ name: z.string().min(1), type: z.string(), config: z.string() });

/** The parts of a function's config.json the local cloud honours; unknown keys (permissions...) are ignored. */
const ZFunctionConfig = z.object({
  timeout: z.number().positive().optional(),
  triggers: z.array(ZTrigger).optional(),
});

export type TTrigger = z.infer<typeof ZTrigger>;

/** Where a deployable function lives and how it must be run. */
export interface FunctionLocation {
  name: string;
  dir: string;
  entry: string;
  /** Changes when the build rewrites index.js: the worker reloads the module then. */
  mtimeMs: number;
  timeoutMs: number;
  triggers: TTrigger[];
}

/** WeChat's default function timeout when config.json says nothing. */
export const DEFAULT_TIMEOUT_S = 3;

/** Function names are folder names; refusing anything else keeps `../` out of the path. */
const NAME = /^[A-Za-z0-9_-]{1,60}$/;

/**
 * Finds `<root>/<name>/index.js` in the first root that has it. Roots are searched in order so tests can put
 * fixture functions before the app's cloudfunctions/. Returns null when no root holds the function.
 * config.json is read again only when its mtime changes (one stat per call instead of a read and a parse).
 */
export function locateFunction(roots: readonly string[], name: string): FunctionLocation | null {
  if (!NAME.test(name)) return null;
  for (const root of roots) {
    const dir = join(root, name);
    const entry = join(dir, 'index.js');
    const entryStat = statSync(entry, { throwIfNoEntry: false });
    if (!entryStat?.isFile()) continue;
    const config = readConfig(join(dir, 'config.json'));
    return {
      name,
      dir,
      entry,
      mtimeMs: entryStat.mtimeMs,
      timeoutMs: (config.timeout ?? DEFAULT_TIMEOUT_S) * 1000,
      triggers: config.triggers ?? [],
    };
  }
  return null;
}

type TFunctionConfig = z.infer<typeof ZFunctionConfig>;
const configCache = new Map<string, { mtimeMs: number; size: number; config: TFunctionConfig }>();

function readConfig(file: string): TFunctionConfig {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    configCache.delete(file);
    return {};
  }
  const cached = configCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.config;
  let config: TFunctionConfig = {};
  try {
    const parsed = ZFunctionConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    // A malformed config.json would fail the deployment in WeChat; here the defaults keep development going.
    if (parsed.success) config = parsed.data;
  } catch {
    // Not JSON (or half written by an editor): defaults, and read again once it changes.
  }
  configCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, config });
  return config;
}
