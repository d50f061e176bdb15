import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFunctionsModule } from '../functions/module';
import { type DevCloud, startDevCloud } from '../index';

/** The fixture function the benchmark invokes: one `where().limit(1).get()` through the real SDK. */
const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures', 'functions');
const SECONDS = 5;
const CONCURRENCY = 8;

async function measure(op: (i: number) => Promise<unknown>): Promise<number> {
  let done = 0;
  const end = Date.now() + SECONDS * 1000;
  const loop = async () => {
    while (Date.now() < end) await op(done++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  return done / SECONDS;
}

/**
 * Benchmarks the function runner end to end: invocations/s of a one-query read function through the runner and
 * the real SDK, the raw SDK's queries/s from this process in the same run, and the runner's cold start (thread
 * start, SDK load, first query). `devcloud` must search tests/fixtures/functions (functionRoots).
 */
export async function benchRunner(
  devcloud: DevCloud,
): Promise<{ invokesPerS: number; sdkQueriesPerS: number; coldStartMs: number }> {
  Object.assign(process.env, devcloud.sdkEnv);
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: devcloud.ctx.envId });
  const db = cloud.database();
  await Promise.resolve(db.createCollection('bench_items')).catch(() => undefined);
  for (let i = 0; i < 200; i++) await db.collection('bench_items').add({ data: { k: i, v: `item ${i}` } });

  const cold = createFunctionsModule(devcloud.ctx, { poolSize: 1, functionRoots: [FIXTURES] });
  const t0 = Date.now();
  const first = await cold.invoker.invoke('benchread', { k: 1 }, { openid: 'bench' });
  const coldStartMs = Date.now() - t0;
  await cold.stop?.();
  if (!first.ok) throw new Error(`benchread failed: ${first.errMsg}`);

  const invokesPerS = await measure(async (i) => {
    const out = await devcloud.functions.invoker.invoke(
      'benchread',
      { k: i % 200 },
      { openid: `u${i % 50}` },
    );
    if (!out.ok) throw new Error(out.errMsg);
  });
  const sdkQueriesPerS = await measure((i) =>
    Promise.resolve(
      db
        .collection('bench_items')
        .where({ k: i % 200 })
        .limit(1)
        .get(),
    ),
  );
  const figures = {
    invokesPerS: Math.round(invokesPerS),
    sdkQueriesPerS: Math.round(sdkQueriesPerS),
    coldStartMs,
  };
  console.log(
    `runner: ${figures.invokesPerS} invocations/s (` +
      `${CONCURRENCY} concurrent); raw SDK: ${figures.sdkQueriesPerS} queries/s; cold start ${coldStartMs} ms`,
  );
  return figures;
}

if (require.main === module) {
  (async () => {
    const devcloud = await startDevCloud({
      dataDir: mkdtempSync(join(tmpdir(), 'devcloud-bench-')),
      functionRoots: [FIXTURES],
      quiet: true,
    });
    try {
      await benchRunner(devcloud);
    } finally {
      await devcloud.close();
    }
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
