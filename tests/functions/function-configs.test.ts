import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configProblems, MAX_TIMEOUT_S } from '../../devcloud/functions/config';
import { parseWeChatCron } from '../../devcloud/functions/wechat-cron';

/**
 * Every deployable function's config.json under WeChat's rules (wxcloud guide, 定时触发器 and 云调用): at most
 * one timer trigger, a valid 7-field cron, a timeout of 1 to 60 s (the console's range; the tcb config API
 * documents 1 to 300), and every `cloud.openapi.*` call that the bundle makes listed in `permissions.openapi`,
 * or WeChat answers the call with "api not in permission list" in production only.
 */
const root = join(__dirname, '..', '..', 'cloudfunctions');
const functions = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

interface Config {
  timeout?: number;
  triggers?: { name: string; config: string }[];
  permissions?: { openapi?: string[] };
}
const configOf = (name: string): Config => JSON.parse(readFileSync(join(root, name, 'config.json'), 'utf8'));

describe('cloudfunctions/*/config.json', () => {
  it('covers every function', () => {
    expect(functions.length).toBeGreaterThanOrEqual(10);
  });

  it.each(functions)('%s follows the platform rules', (name) => {
    const config = configOf(name);
    expect(configProblems(config)).toEqual([]);
    expect(config.triggers?.length ?? 0).toBeLessThanOrEqual(1);
    for (const t of config.triggers ?? []) expect(() => parseWeChatCron(t.config)).not.toThrow();
    expect(config.timeout ?? 3).toBeGreaterThanOrEqual(1);
    expect(config.timeout ?? 3).toBeLessThanOrEqual(MAX_TIMEOUT_S);
  });

  it.each(functions)('%s lists every cloud call its bundle makes', (name) => {
    const bundle = readFileSync(join(root, name, 'index.js'), 'utf8');
    const calls = new Set(
      [...bundle.matchAll(/\bopenapi\.([a-zA-Z]+)\.([a-zA-Z]+)\(/g)].map((m) => `${m[1]}.${m[2]}`),
    );
    const listed = configOf(name).permissions?.openapi ?? [];
    expect([...calls].filter((c) => !listed.includes(c))).toEqual([]);
  });

  it('the rules refuse what WeChat refuses', () => {
    const timer = (n: string, config = '0 * * * * * *') => ({ name: n, type: 'timer', config });
    expect(configProblems({ triggers: [timer('a'), timer('b')] })).toEqual([
      'triggers: WeChat supports one trigger per function',
    ]);
    expect(configProblems({ triggers: [timer('a', '0 * * * * *')] })).toHaveLength(1);
    expect(configProblems({ triggers: [timer('a', '0 * * * * * 2200')] })).toHaveLength(1);
    expect(configProblems({ triggers: [timer('1a')] })).toHaveLength(1);
    expect(configProblems({ timeout: 0 })).toHaveLength(1);
    expect(configProblems({ timeout: 901 })).toHaveLength(1);
    expect(configProblems({ timeout: 2.5 })).toHaveLength(1);
    expect(configProblems({ permissions: { openapi: ['send'] } })).toHaveLength(1);
  });
});
