import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { rootDir } from './paths';
import { isStale } from './staleness';

const appInputs = ['src', 'types', 'config', 'babel.config.js', 'package-lock.json'].map((p) =>
  join(rootDir, p),
);

/** Where each Taro target writes, and the file whose age says whether the build is stale. */
const outputs = {
  h5: join(rootDir, 'dist-h5', 'index.html'),
  weapp: join(rootDir, 'dist', 'app.json'),
} as const;

export type TaroTarget = keyof typeof outputs;

/**
 * The environment id of a weapp built for tests (the simulator never reaches a real cloud); a developer's
 * own TARO_APP_CLOUD_ENV wins. A build for DevTools is `npm run build:weapp` with the real id.
 */
const TEST_CLOUD_ENV = 'local';

/** Builds the app for a target when its sources changed since the last build; answers whether it built. */
export function buildAppIfStale(target: TaroTarget, env: Record<string, string> = {}): boolean {
  if (!isStale(outputs[target], appInputs)) return false;
  console.log(`building the ${target} app (about 20-40 s) ...`);
  const script = target === 'weapp' ? 'build:weapp' : 'build:h5';
  const res = spawnSync('npm', ['run', '--silent', script], {
    cwd: rootDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      TARO_APP_CLOUD_ENV: process.env.TARO_APP_CLOUD_ENV || TEST_CLOUD_ENV,
      ...env,
    },
  });
  if (res.status !== 0) throw new Error(`the ${target} build failed`);
  return true;
}
