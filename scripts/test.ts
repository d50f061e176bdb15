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

interface JestTotals {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

/** Runs one jest phase and answers its exit status and totals (read from jest's JSON results). */
function jestPhase(title: string, args: string[]): { status: number; totals: JestTotals } {
  const resultsDir = mkdtempSync(join(tmpdir(), 'pmr-jest-'));
  const resultsFile = join(resultsDir, 'results.json');
  const status = run(title, 'npx', ['jest', ...args, '--json', `--outputFile=${resultsFile}`], true);
  const totals: JestTotals = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as JestTotals)
    : { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
  rmSync(resultsDir, { recursive: true, force: true });
  return { status, totals };
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

  const extra = process.argv.slice(2);
  const phases: [string, string[]][] =
    extra.length > 0
      ? [['tests', ['--maxWorkers=2', ...extra]]]
      : [
          [
            'tests: contracts, functions, local cloud, mini-program',
            ['--maxWorkers=2', '--testPathIgnorePatterns', '/tests/e2e/'],
          ],
          // The journeys time live delivery (under a second each way): alone, not beside other suites on 2 cores.
          ['tests: browser journeys', ['--runInBand', 'tests/e2e']],
        ];
  const results = phases.map(([title, args]) => jestPhase(title, args));
  const sum = (key: keyof JestTotals) => results.reduce((n, r) => n + r.totals[key], 0);
  // One plain closing line, which CI reads.
  console.log(
    `\ntests: ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests')} skipped`,
  );
  process.exit(results.some((r) => r.status !== 0) ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
