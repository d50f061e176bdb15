import { join, resolve } from 'node:path';
import { startDevCloud } from '../devcloud/index';
import { monthStart } from '../server/stats/months';

const USAGE = `usage: npm run stats:rebuild -- <from YYYY-MM> <to YYYY-MM> [--data DIR]

  Rebuilds the statistics rollups of the months from <from> through <to> from the records in the local
  cloud's data folder (default .devcloud/, the one npm start uses), repairs every difference and lists it.`;

/** `2025-03` as the China-time start of that month, or null. */
function parseMonth(text: string | undefined): { y: number; m: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? { y: Number(match[1]), m } : null;
}

/**
 * `npm run stats:rebuild -- 2025-01 2025-12`: the command behind the stats function's nightly rebuild, for
 * any months. It runs in a local cloud of its own on the same data folder, as `npm run devcloud -- trigger`.
 */
async function main(argv: string[]): Promise<number> {
  const dataIndex = argv.indexOf('--data');
  const dataDir = resolve(dataIndex >= 0 ? (argv[dataIndex + 1] ?? '') : join(__dirname, '..', '.devcloud'));
  const [fromText, toText] = argv.filter((_, i) => i !== dataIndex && i !== dataIndex + 1);
  const first = parseMonth(fromText);
  const last = parseMonth(toText);
  if (!first || !last || last.y * 12 + last.m < first.y * 12 + first.m) {
    console.error(USAGE);
    return 2;
  }
  const cloud = await startDevCloud({ dataDir, port: 0, quiet: true, poolSize: 0 });
  try {
    Object.assign(process.env, cloud.sdkEnv, { WX_OPENID: '' });
    const { rebuildRollups } = await import('../server/stats/rebuild');
    const from = monthStart(first.y, first.m);
    const to = monthStart(last.m === 12 ? last.y + 1 : last.y, last.m === 12 ? 1 : last.m + 1);
    const report = await rebuildRollups(from, to);
    for (const d of report.differences) {
      console.log(`repaired ${d.id}: ${JSON.stringify(d.stored)} -> ${JSON.stringify(d.records)}`);
    }
    console.log(
      `${report.months[0]} to ${report.months.at(-1)}: ${report.rollups} rollups from the records, ${report.differences.length} differences repaired`,
    );
    return 0;
  } finally {
    await cloud.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
