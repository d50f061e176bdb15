import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseWeChatCron } from './wechat-cron';

/** The longest timeout WeChat's console accepts for a cloud function, in seconds (its field takes 1 to 60). */
export const MAX_TIMEOUT_S = 60;

/**
 * A timer trigger as WeChat's config.json declares it (wxcloud guide, 定时触发器): a name of up to 60 letters,
 * digits, `-` and `_` starting with a letter, type `timer`, and a 7-field cron (sec min hour day month week year).
 */
const ZTrigger = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/, 'trigger name: a letter, then letters, digits, - or _'),
  type: z.literal('timer', 'trigger type must be timer'),
  config: z.string().refine((cron) => {
    try {
      parseWeChatCron(cron);
      return true;
    } catch {
      return false;
    }
  }, 'trigger config must be a valid 7-field cron'),
});

/**
 * A function's config.json under the platform's rules, so the local cloud refuses what WeChat would refuse to
 * deploy: at most one trigger per function ("目前仅支持一个触发器"), a timeout of whole seconds within what
 * the console accepts, and the cloud calls (`permissions.openapi`) as a list of `namespace.method` names.
 */
export const ZFunctionConfig = z.object({
  timeout: z.number().int().min(1).max(MAX_TIMEOUT_S, `timeout at most ${MAX_TIMEOUT_S} s`).optional(),
  triggers: z.array(ZTrigger).max(1, 'WeChat supports one trigger per function').optional(),
  permissions: z
    .object({ openapi: z.array(z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/, 'openapi: namespace.method')) })
    .optional(),
});

export type TTrigger = z.infer<typeof ZTrigger>;
export type TFunctionConfig = z.infer<typeof ZFunctionConfig>;

/** What is wrong with a config.json's parsed content, one line per problem; empty when WeChat would take it. */
export function configProblems(raw: unknown): string[] {
  const parsed = ZFunctionConfig.safeParse(raw);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
}

/** Where a deployable function lives and how it must be run. */
export interface FunctionLocation {
  name: string;
  dir: string;
  entry: string;
  /** Changes when the build rewrites index.js: the worker reloads the module then. */
  mtimeMs: number;
  timeoutMs: number;
  triggers: TTrigger[];
  /** Why WeChat would refuse this function's config.json; the local cloud then refuses to run it too. */
  configError?: string;
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
    const { config, error } = readConfig(join(dir, 'config.json'));
    return {
      name,
      dir,
      entry,
      mtimeMs: entryStat.mtimeMs,
      timeoutMs: (config.timeout ?? DEFAULT_TIMEOUT_S) * 1000,
      triggers: config.triggers ?? [],
      ...(error ? { configError: error } : {}),
    };
  }
  return null;
}

interface ReadConfig {
  config: TFunctionConfig;
  error?: string;
}
const configCache = new Map<string, { mtimeMs: number; size: number; read: ReadConfig }>();

function readConfig(file: string): ReadConfig {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    configCache.delete(file);
    return { config: {} };
  }
  const cached = configCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.read;
  let read: ReadConfig;
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const problems = configProblems(raw);
    read = problems.length
      ? { config: {}, error: `config.json refused: ${problems.join('; ')}` }
      : { config: ZFunctionConfig.parse(raw) };
  } catch {
    // Not JSON (or half written by an editor): refused, and read again once it changes.
    read = { config: {}, error: 'config.json is not valid JSON' };
  }
  configCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, read });
  return read;
}
