import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startDevCloud } from '../index';
import { benchDatabase, type IndexedLatency } from './database';
import { BENCH_FUNCTIONS, benchRunner, formatRunner } from './runner';

/**
 * `npm run bench:devcloud`: every figure issue #2 asks for, in one run on a fresh local cloud in a temporary
 * folder: indexed query latency at 1k and 100k documents, an unindexed count at 100k, the function runner's
 * invocations/s beside the raw SDK's queries/s (same run, alternating rounds), and the runner's cold start.
 * The runner goes first, before 100k documents are written, so the two parts do not disturb each other.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'devcloud-bench-'));
  const devcloud = await startDevCloud({ dataDir, functionRoots: [BENCH_FUNCTIONS], quiet: true });
  try {
    const runner = await benchRunner(devcloud);
    console.log(`[bench:runner] ${formatRunner(runner)}`);
    const db = await benchDatabase(devcloud);

    const slower = (pick: (l: IndexedLatency) => number) => pick(db.at100k) / Math.max(pick(db.at1k), 1e-3);
    const eqX = slower((l) => l.eq.p50);
    const rangeX = slower((l) => l.range.p50);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log('\nlocal CloudBase benchmark (figures are noisy on a shared machine)');
    console.table({
      'owner equality, limit 2 (indexed)': {
        'p50 1k': ms(db.at1k.eq.p50),
        'p99 1k': ms(db.at1k.eq.p99),
        'p50 100k': ms(db.at100k.eq.p50),
        'p99 100k': ms(db.at100k.eq.p99),
        '100k / 1k': `${eqX.toFixed(2)}x`,
      },
      'status+range+sort+limit (indexed)': {
        'p50 1k': ms(db.at1k.range.p50),
        'p99 1k': ms(db.at1k.range.p99),
        'p50 100k': ms(db.at100k.range.p50),
        'p99 100k': ms(db.at100k.range.p99),
        '100k / 1k': `${rangeX.toFixed(2)}x`,
      },
    });
    console.log(`indexed 100k within 2x of 1k (p50): ${verdict(eqX <= 2 && rangeX <= 2)}`);
    console.log(`unindexed count at 100k docs: ${db.unindexedCountMs.toFixed(0)} ms (full scan)`);
    console.log(
      `runner: ${runner.invokesPerS} invocations/s; raw SDK: ${runner.sdkQueriesPerS} queries/s; ` +
        `ratio ${(runner.ratio * 100).toFixed(0)}% (goal >= 80%: ${verdict(runner.ratio >= 0.8)})`,
    );
    console.log(`runner cold start: ${runner.coldStartMs} ms`);
    console.log(`whole run: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await devcloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
