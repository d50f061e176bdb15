import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SubscribePurpose, subscribeTemplates } from '../../types/templates';

/** Template ids for the local cloud, which accepts any id; a real console's ids replace them in production. */
const localTemplateConfig = Object.fromEntries(
  (Object.keys(subscribeTemplates) as SubscribePurpose[]).map((p) => [
    subscribeTemplates[p].env,
    `local-${p}`,
  ]),
);

/**
 * The functions' configuration on the local cloud: what a CloudBase console would hold as environment
 * variables. The field encryption key is generated on first start and kept in the (ignored) data folder,
 * never in the repository; the subscribe template ids default to local ones.
 */
export function localFunctionConfig(dataDir: string): Record<string, string> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'function-config.json');
  if (!existsSync(file)) {
    const config = { PMR_FIELD_KEY: randomBytes(32).toString('base64'), PMR_ADMIN_OPENIDS: '' };
    writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  }
  return { ...localTemplateConfig, ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) };
}
