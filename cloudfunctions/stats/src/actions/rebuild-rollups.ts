import { rebuildRollups } from '@server/stats/rebuild';

const DAY_MS = 86_400_000;

/**
 * The nightly timer job (config.json, the function's one trigger): rebuilds the rollups of the last 40 days
 * (this month and the last, whole) from the records and logs every difference it repaired, so a missed
 * update can never silently skew a report. Older months are settled; `npm run stats:rebuild` covers them.
 */
export async function rebuildRecentRollups(now: number) {
  const report = await rebuildRollups(now - 40 * DAY_MS, now);
  for (const d of report.differences) {
    console.error(
      `[stats.rebuildRollups] repaired ${d.id}: ${JSON.stringify(d.stored)} -> ${JSON.stringify(d.records)}`,
    );
  }
  console.log(
    `[stats.rebuildRollups] ${report.months.join(', ')}: ${report.rollups} rollups, ${report.differences.length} repaired`,
  );
  return { months: report.months, rollups: report.rollups, repaired: report.differences.length };
}
