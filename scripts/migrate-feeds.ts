/**
 * Moves stored consultations and messages to the shape of the client-readable feeds (see
 * server/consultation/feed-migration.ts), in the environment the process's wx-server-sdk points at.
 * `npm start` runs it on the local data by itself; for a deployed environment run
 * `TCB_ENV=<env id> TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npx tsx scripts/migrate-feeds.ts`.
 */
async function main(): Promise<void> {
  // Imported here: the SDK reads the environment when it initialises.
  const { migrateToFeeds } = await import('@server/consultation/feed-migration');
  const changed = await migrateToFeeds();
  console.log(`feeds: ${changed.messages} messages and ${changed.consultations} consultations migrated`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
