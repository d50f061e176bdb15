import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFunctions } from './build-functions';
import { rootDir } from './lib/paths';
import { buildAppIfStale } from './lib/taro-build';

/**
 * `npm test`: everything CI checks, in the order that fails fastest. Type check and lint, then the builds the
 * tests run against (function bundles, the weapp build for the mini-program tests and the package budget,
 * the h5 build for the browser tests), then every jest suite. Extra arguments go to jest.
 */
function run(title: string, command: string, args: string[], allowFailure = false): number {
  console.log(`\n== ${title}`);
  const res = spawnSync(command, args, { cwd: rootDir, stdio: 'inherit' });
  if (res.status !== 0 && !allowFailure) {
    console.error(`\n${title} failed`);
    process.exit(res.status ?? 1);
  }
  return res.status ?? 1;
}

/** Jest's summary as one plain closing line (`tests: N passed, N failed, N skipped`), which CI reads. */
function printSummary(resultsFile: string): void {
  if (!existsSync(resultsFile)) return;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  console.log(
    `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
  );
}

async function main(): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error(`The browser tests need Chromium at ${chromium} and CJK fonts. Install them with:`);
    console.error('  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk');
    process.exit(1);
  }
  run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('lint and format', 'npx', ['biome', 'check', '.']);
  console.log('\n== builds');
  await buildFunctions();
  buildAppIfStale('weapp');
  buildAppIfStale('h5', { LOCAL_CLOUD: 'true' });
  const resultsDir = mkdtempSync(join(tmpdir(), 'pmr-jest-'));
  const resultsFile = join(resultsDir, 'results.json');
  const status = run(
    'tests',
    'npx',
    ['jest', '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)],
    true,
  );
  printSummary(resultsFile);
  rmSync(resultsDir, { recursive: true, force: true });
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
