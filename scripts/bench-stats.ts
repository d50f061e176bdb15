import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertDocs } from '../devcloud/db/writer';
import { startDevCloud } from '../devcloud/index';
import { monthStart } from '../server/stats/months';
import { countingProxy } from './lib/counting-proxy';
import { generateStatsData, type StatsData, trueFigures } from './seed/stats-data';

/**
 * `npm run bench:stats`: a year's dashboard through the stats function over 10k and then 100k generated
 * consultations and cases (plus a tenth as many legal-aid applications) in one local cloud. The rollups of
 * the generated records are made by the rebuild (records loaded in bulk bypass the functions); only the
 * dashboard is timed, as the median of five calls through the function runner, with the database round
 * trips counted by a proxy in front of the local cloud. The figures are checked against the count made
 * record by record. Prints one line per size and the ratio, the form issue 16 asks for.
 */
const SIZES = [10_000, 100_000];
const RUNS = 5;
const label = (n: number) => `${n / 1000}k`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-stats-'));
  // No worker until the first call: it then starts with the proxy's address as the local cloud's.
  const devcloud = await startDevCloud({ dataDir, port: 0, quiet: true, poolSize: 0 });
  const proxy = await countingProxy(devcloud.url);
  devcloud.ctx.baseUrl = proxy.url;
  Object.assign(process.env, devcloud.sdkEnv, { WX_OPENID: '' });
  const { rebuildRollups } = await import('../server/stats/rebuild');
  const engine = devcloud.database.engine;
  const from = monthStart(2025, 1);
  const to = monthStart(2026, 1);
  const now = Date.now();
  insertDocs(engine, 'users', [
    {
      _id: 'bench-admin',
      openid: 'bench-admin',
      role: 'admin',
      nickname: '基准',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  const all: StatsData = { consultations: [], cases: [], legalAid: [] };
  const times: number[] = [];
  let failed = false;
  try {
    for (const [i, size] of SIZES.entries()) {
      // Each size adds to the records already there, with its own seed (so its own ids).
      const more = generateStatsData(size - (SIZES[i - 1] ?? 0), from, to, 7 + i);
      insertDocs(engine, 'consultations', more.consultations);
      insertDocs(engine, 'cases', more.cases);
      insertDocs(engine, 'legal_aid_applications', more.legalAid);
      all.consultations.push(...more.consultations);
      all.cases.push(...more.cases);
      all.legalAid.push(...more.legalAid);
      const t = Date.now();
      const rebuilt = await rebuildRollups(from, to);
      console.log(
        `(seeding ${label(size)}: ${rebuilt.rollups} rollups rebuilt from the records in ${Date.now() - t} ms)`,
      );

      const call = () =>
        devcloud.functions.invoker.invoke(
          'stats',
          { action: 'dashboard', payload: { from, to } },
          { openid: 'bench-admin' },
        );
      await call(); // a warm worker, as in production between two opens
      const runs: { ms: number; trips: number; result: unknown }[] = [];
      for (let r = 0; r < RUNS; r += 1) {
        proxy.counts.clear();
        const started = Date.now();
        const outcome = await call();
        const ms = Date.now() - started;
        if (!outcome.ok) throw new Error(`the stats function failed: ${outcome.errMsg}`);
        runs.push({ ms, trips: proxy.total(), result: outcome.result });
      }
      runs.sort((a, b) => a.ms - b.ms);
      const median = runs[Math.floor(RUNS / 2)]!;
      const answer = median.result as { ok: boolean; data?: { figures: Record<string, number> } };
      const truth = trueFigures(all, from, to);
      const f = answer.data?.figures;
      const match =
        answer.ok &&
        f?.screened === truth.screened &&
        f.prevented === truth.prevented &&
        f.mediated === truth.mediated &&
        f.succeeded === truth.succeeded;
      if (!match) {
        failed = true;
        console.log(
          `figures DO NOT match the record-by-record count: ${JSON.stringify(f)} vs ${JSON.stringify(truth)}`,
        );
      }
      times.push(median.ms);
      console.log(`dashboard ${label(size)} records: ${median.ms} ms, ${median.trips} round trips`);
    }
    console.log(`dashboard 100k/10k time ratio: ${(times[1]! / Math.max(1, times[0]!)).toFixed(2)}`);
  } finally {
    proxy.server.close();
    await devcloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
