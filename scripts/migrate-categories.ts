/**
 * Moves stored consultations, cases, mediators' specialties and the statistics rollups from the old dispute
 * types to the Ministry of Justice's list (server/migrations/categories.ts) and gives rollups from before the
 * report table its counters (server/migrations/report-counters.ts), in the environment the process's
 * wx-server-sdk points at. `npm start` runs it on the local data by itself; for a deployed environment run
 * `TCB_ENV=<env id> TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npx tsx scripts/migrate-categories.ts`.
 */
async function runMigration(): Promise<void> {
  // Imported here: the SDK reads the environment when it initialises.
  const { migrateCategories } = await import('@server/migrations/categories');
  const changed = await migrateCategories();
  const { rebuildForReportCounters } = await import('@server/migrations/report-counters');
  const rebuilt = await rebuildForReportCounters();
  console.log(
    `categories: ${changed.consultations} consultations, ${changed.cases} cases, ${changed.mediators} mediators moved to the national list; rollups rebuilt for ${changed.months.join(', ') || 'no month'}; report counters added to ${rebuilt.join(', ') || 'no month'}`,
  );
}

if (require.main === module) {
  runMigration().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
