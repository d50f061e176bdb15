import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFunctionsModule } from '../functions/module';
import { type DevCloud, startDevCloud } from '../index';

/** The fixture function the benchmark invokes: one indexed `where().limit(1).get()` through the real SDK. */
export const BENCH_FUNCTIONS = join(__dirname, '..', '..', 'tests', 'fixtures', 'functions');
const COLLECTION = 'bench_reads';
const CONCURRENCY = 8;
/** Alternating rounds, so load from other processes on a shared machine hits both figures alike. */
const ROUNDS = 4;
const ROUND_MS = 1500;
/** Each worker is its own V8 isolate that must reach optimised code: warm up longer than one round. */
const WARM_MS = 5000;

/** Runs `op` from CONCURRENCY callers for `ms`; returns how many calls completed. */
async function burst(ms: number, op: (i: number) => Promise<unknown>): Promise<number> {
  let done = 0;
  let next = 0;
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      await op(next++);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return done;
}

export interface RunnerFigures {
  invokesPerS: number;
  sdkQueriesPerS: number;
  /** invokesPerS / sdkQueriesPerS. */
  ratio: number;
  /** First invocation on an empty pool: thread start, SDK load, function load, first query. */
  coldStartMs: number;
  workers: number;
}

/**
 * Benchmarks the function runner end to end: invocations/s of a one-query read function through the runner and
 * the real SDK, beside the raw SDK's queries/s from this process, measured in alternating rounds of the same
 * run; and the runner's cold start. `devcloud` must search tests/fixtures/functions (functionRoots).
 */
export async function benchRunner(devcloud: DevCloud): Promise<RunnerFigures> {
  Object.assign(process.env, devcloud.sdkEnv, { SILENCE: 'true' });
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: devcloud.ctx.envId });
  const db = cloud.database();
  devcloud.database.engine.declareIndex(COLLECTION, 'k', [['k', 1]]);
  for (let i = 0; i < 200; i++) await db.collection(COLLECTION).add({ data: { k: i, v: `item ${i}` } });

  const cold = createFunctionsModule(devcloud.ctx, { poolSize: 0, functionRoots: [BENCH_FUNCTIONS] });
  const t0 = performance.now();
  const first = await cold.invoker.invoke('benchread', { k: 1 }, { openid: 'bench' });
  const coldStartMs = Math.round(performance.now() - t0);
  await cold.stop?.();
  if (!first.ok) throw new Error(`benchread failed: ${first.errMsg}`);

  const invoke = async (i: number) => {
    const out = await devcloud.functions.invoker.invoke(
      'benchread',
      { k: i % 200 },
      { openid: `u${i % 50}` },
    );
    if (!out.ok) throw new Error(out.errMsg);
    if (out.result !== 1) throw new Error(`benchread found ${String(out.result)} documents`);
  };
  const query = (i: number) =>
    Promise.resolve(
      db
        .collection(COLLECTION)
        .where({ k: i % 200 })
        .limit(1)
        .get(),
    );
  // Warm-up: lets the pool grow to its working size and both paths reach steady state (JIT, sockets).
  await burst(WARM_MS, invoke);
  await burst(ROUND_MS, query);

  let invokes = 0;
  let queries = 0;
  for (let r = 0; r < ROUNDS; r++) {
    invokes += await burst(ROUND_MS, invoke);
    queries += await burst(ROUND_MS, query);
  }
  const seconds = (ROUNDS * ROUND_MS) / 1000;
  const invokesPerS = Math.round(invokes / seconds);
  const sdkQueriesPerS = Math.round(queries / seconds);
  const stats = devcloud.functions.poolStats();
  return {
    invokesPerS,
    sdkQueriesPerS,
    ratio: sdkQueriesPerS ? invokesPerS / sdkQueriesPerS : 0,
    coldStartMs,
    workers: stats.idle + stats.busy + stats.starting,
  };
}

/** One line for people: the figures of benchRunner. */
export function formatRunner(f: RunnerFigures): string {
  return (
    `runner ${f.invokesPerS} invocations/s vs raw SDK ${f.sdkQueriesPerS} queries/s ` +
    `(${(f.ratio * 100).toFixed(0)}%, goal >= 80%; ${CONCURRENCY} concurrent callers, ${f.workers} workers); ` +
    `cold start ${f.coldStartMs} ms`
  );
}

if (require.main === module) {
  const dataDir = mkdtempSync(join(tmpdir(), 'devcloud-bench-'));
  (async () => {
    const devcloud = await startDevCloud({ dataDir, functionRoots: [BENCH_FUNCTIONS], quiet: true });
    try {
      console.log(`[bench:runner] ${formatRunner(await benchRunner(devcloud))}`);
    } finally {
      await devcloud.close();
    }
  })()
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => rmSync(dataDir, { recursive: true, force: true }));
}
