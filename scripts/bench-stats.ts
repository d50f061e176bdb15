import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertDocs } from '../devcloud/db/writer';
import { startDevCloud } from '../devcloud/index';
import { monthStart } from '../server/stats/months';
import { generateStatsData, trueFigures } from './seed/stats-data';

/**
 * `npm run bench:stats`: a year's dashboard over 100k generated cases and consultations (plus 10k legal-aid
 * applications) in the local cloud. It counts the database round trips with a proxy in front of the local
 * cloud's SDK endpoint, times the computation in this process and through the function runner, and checks
 * the figures against the ones counted record by record.
 */
const TOTAL = Number(process.env.BENCH_TOTAL ?? 100_000);

async function countingProxy(target: string) {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const action = /"action":"([^"]+)"/.exec(body.toString('utf8'))?.[1] ?? '?';
      counts.set(action, (counts.get(action) ?? 0) + 1);
      const up = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 500, r.headers);
        r.pipe(res);
      });
      up.end(body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counts, server };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-stats-'));
  const devcloud = await startDevCloud({ dataDir, port: 0, quiet: true, poolSize: 1 });
  try {
    const from = monthStart(2025, 1);
    const to = monthStart(2026, 1);
    let t = Date.now();
    const data = generateStatsData(TOTAL, from, to);
    const engine = devcloud.database.engine;
    insertDocs(engine, 'consultations', data.consultations);
    insertDocs(engine, 'cases', data.cases);
    insertDocs(engine, 'legal_aid_applications', data.legalAid);
    console.log(
      `data: ${data.consultations.length} consultations + ${data.cases.length} cases + ${data.legalAid.length} legal aid, loaded in ${Date.now() - t} ms`,
    );

    const proxy = await countingProxy(devcloud.url);
    Object.assign(process.env, devcloud.sdkEnv, {
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${proxy.url}/admin` }),
      WX_OPENID: '',
    });
    const { computeDashboard } = await import('../server/stats/dashboard');
    await computeDashboard({ from, to: from + 86_400_000 }); // warm the SDK
    proxy.counts.clear();
    t = Date.now();
    const d = await computeDashboard({ from, to });
    const inProcess = Date.now() - t;
    const trips = [...proxy.counts.entries()].map(([a, n]) => `${a} x${n}`).join(', ');
    const truth = trueFigures(data, from, to);
    const ok =
      d.figures.screened === truth.screened &&
      d.figures.prevented === truth.prevented &&
      d.figures.mediated === truth.mediated &&
      d.figures.succeeded === truth.succeeded;
    console.log(
      `dashboard for a year: ${inProcess} ms, ${[...proxy.counts.values()].reduce((a, b) => a + b, 0)} database round trips (${trips})`,
    );
    console.log(
      `figures ${ok ? 'match' : 'DO NOT match'} the record-by-record count: ${JSON.stringify(d.figures)}`,
    );
    console.log(d.report);

    const now = Date.now();
    await sdkAdd(devcloud, {
      openid: 'bench-admin',
      role: 'admin',
      nickname: '基准',
      createdAt: now,
      updatedAt: now,
    });
    t = Date.now();
    const outcome = await devcloud.functions.invoker.invoke(
      'stats',
      { action: 'dashboard', payload: { from, to } },
      { openid: 'bench-admin' },
    );
    const viaFunction = Date.now() - t;
    const answered = outcome.ok && (outcome.result as { ok: boolean }).ok;
    console.log(
      `through the stats function (cold worker included): ${viaFunction} ms, ${answered ? 'ok' : JSON.stringify(outcome)}`,
    );
    proxy.server.close();
    if (!ok || !answered) process.exitCode = 1;
  } finally {
    await devcloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function sdkAdd(
  devcloud: Awaited<ReturnType<typeof startDevCloud>>,
  doc: Record<string, unknown>,
): Promise<void> {
  insertDocs(devcloud.database.engine, 'users', [{ _id: 'bench-admin', ...doc }]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
