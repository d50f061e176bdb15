import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Doc } from '../db/ejson';
import { insertDocs } from '../db/writer';
import { type DevCloud, startDevCloud } from '../index';

const COLLECTION = 'bench_items';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Fills the bench collection up to `total` documents, in batches so one transaction stays small. */
function fillTo(devcloud: DevCloud, from: number, total: number): void {
  const engine = devcloud.database.engine;
  for (let start = from; start < total; start += 10_000) {
    const docs: Doc[] = [];
    for (let i = start; i < Math.min(total, start + 10_000); i += 1) {
      docs.push({
        status: ['open', 'closed', 'pending'][i % 3],
        owner: `u${i % 500}`,
        n: i,
        u: i % 997,
        at: new Date(1_700_000_000_000 + i),
      });
    }
    insertDocs(engine, COLLECTION, docs);
  }
}

/** Times `runs` calls of `fn` and returns p50 / p99 in milliseconds. */
function time(runs: number, fn: (i: number) => void): { p50: number; p99: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** Latency of the two indexed query shapes, in milliseconds. */
export interface IndexedLatency {
  size: number;
  eq: { p50: number; p99: number };
  range: { p50: number; p99: number };
}

function indexedQueries(devcloud: DevCloud, size: number): IndexedLatency {
  const finder = devcloud.database.engine.finder;
  // Limit 2: every owner has at least 2 documents at 1k, so both sizes return the same amount and the figure
  // compares the index lookup, not the size of the answer.
  const eqQuery = (i: number) => finder.find(COLLECTION, { owner: `u${i % 500}` }, { limit: 2 });
  const rangeQuery = (i: number) =>
    finder.find(COLLECTION, { status: 'open', n: { $gte: (i * 97) % size } }, { sort: { n: 1 }, limit: 20 });
  // Unmeasured warm-up: optimised code and a warm page cache, so the first size measured is not a JIT artefact.
  time(300, eqQuery);
  time(300, rangeQuery);
  return { size, eq: time(500, eqQuery), range: time(500, rangeQuery) };
}

function formatLatency(l: IndexedLatency): string {
  const f = (x: number) => x.toFixed(2);
  return `${l.size} docs: owner equality (limit 2) p50 ${f(l.eq.p50)} ms p99 ${f(l.eq.p99)} ms; status+range+sort+limit p50 ${f(l.range.p50)} ms p99 ${f(l.range.p99)} ms`;
}

/** Queries per second through the real wx-server-sdk over loopback HTTP, `concurrency` callers at once. */
async function sdkQps(devcloud: DevCloud, seconds: number, concurrency: number): Promise<number> {
  Object.assign(process.env, devcloud.sdkEnv, { SILENCE: 'true' });
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: devcloud.ctx.envId });
  const coll = cloud.database().collection(COLLECTION);
  let done = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async (w: number) => {
    for (let i = w; Date.now() < until; i += concurrency) {
      await coll
        .where({ owner: `u${i % 500}` })
        .limit(10)
        .get();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return done / seconds;
}

/** What benchDatabase measured. */
export interface DatabaseFigures {
  at1k: IndexedLatency;
  at100k: IndexedLatency;
  /** p50 of an unindexed count over 100k documents (a full scan), ms. */
  unindexedCountMs: number;
  sdkQps1k: number;
  sdkQps100k: number;
}

/**
 * Prints the database figures of the local cloud: indexed query latency at 1k and 100k documents, an
 * unindexed count at 100k (a full scan), and SDK queries per second over loopback. Uses its own
 * collection, so it can run against any local cloud; it writes 100k documents there.
 */
export async function benchDatabase(devcloud: DevCloud): Promise<DatabaseFigures> {
  const engine = devcloud.database.engine;
  engine.declareIndex(COLLECTION, 'owner', [['owner', 1]]);
  engine.declareIndex(COLLECTION, 'status_n', [
    ['status', 1],
    ['n', 1],
  ]);
  const out = (line: string) => console.log(`[bench:database] ${line}`);
  fillTo(devcloud, 0, 1_000);
  const at1k = indexedQueries(devcloud, 1_000);
  out(formatLatency(at1k));
  const sdkQps1k = await sdkQps(devcloud, 3, 8);
  out(`SDK over loopback at 1k docs: ${sdkQps1k.toFixed(0)} queries/s (8 concurrent callers)`);
  const t0 = performance.now();
  fillTo(devcloud, 1_000, 100_000);
  out(
    `inserted 99k documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (in-process batches of 10k)`,
  );
  const at100k = indexedQueries(devcloud, 100_000);
  out(formatLatency(at100k));
  const scan = time(3, (i) => engine.finder.count(COLLECTION, { u: i }));
  out(`unindexed count at 100k docs (full scan + mingo): p50 ${scan.p50.toFixed(0)} ms`);
  const sdkQps100k = await sdkQps(devcloud, 3, 8);
  out(`SDK over loopback at 100k docs: ${sdkQps100k.toFixed(0)} queries/s (8 concurrent callers)`);
  return { at1k, at100k, unindexedCountMs: scan.p50, sdkQps1k, sdkQps100k };
}

if (require.main === module) {
  const dataDir = mkdtempSync(join(tmpdir(), 'devcloud-bench-'));
  startDevCloud({ dataDir, port: 0, quiet: true })
    .then(async (devcloud) => {
      await benchDatabase(devcloud);
      await devcloud.close();
    })
    .finally(() => rmSync(dataDir, { recursive: true, force: true }));
}
