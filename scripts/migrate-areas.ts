/**
 * Moves the free-text villages stored before the area tree onto its nodes by exact name (see
 * server/migrations/villages.ts) in the environment the process's wx-server-sdk points at, and lists
 * every name it could not place. `npm start` runs it on the local data by itself; for a deployed environment
 * run `TCB_ENV=<env id> TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npx tsx scripts/migrate-areas.ts`.
 * Rollups still keyed by village name are rebuilt by node for their months.
 */
async function migrateAreas(): Promise<void> {
  // Imported here: the SDK reads the environment when it initialises.
  const { migrateVillages } = await import('@server/migrations/villages');
  const { mapped, unknown, months } = await migrateVillages();
  console.log(
    `areas: ${mapped.users} users, ${mapped.consultations} consultations, ${mapped.cases} cases, ` +
      `${mapped.legalAid} legal-aid applications and ${mapped.mediators} mediators placed; ` +
      `rollups rebuilt for ${months.join(', ') || 'no month'}`,
  );
  for (const u of unknown) console.log(`  not placed (${u.collection}): “${u.name}” × ${u.count}`);
}

if (require.main === module) {
  migrateAreas().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
