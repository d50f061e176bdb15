import { join } from 'node:path';
import { startDevCloud } from '../devcloud/index';
import { startOfficialAccountStandIn } from '../devcloud/official-account';
import { buildFunctions } from './build-functions';
import { localFunctionConfig } from './lib/local-secrets';
import { localDataDir, rootDir } from './lib/paths';
import { buildAppIfStale } from './lib/taro-build';
import { loadDemoActivity } from './seed/demo-activity';

/**
 * `npm start`: the whole palm mediation room on one machine. Builds what is stale, starts the local cloud on
 * its embedded database, loads the demo data on first run, serves the h5 app and prints the URL.
 */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8300);
  Object.assign(process.env, localFunctionConfig(localDataDir));
  await buildFunctions();
  buildAppIfStale('h5', { LOCAL_CLOUD: 'true' });
  // Without a real official account configured, notices go to the local stand-in of its API.
  const officialAccount = process.env.PMR_OA_APPID ? null : await startOfficialAccountStandIn();
  if (officialAccount) {
    Object.assign(process.env, {
      PMR_OA_APPID: officialAccount.appid,
      PMR_OA_SECRET: officialAccount.secret,
      PMR_OA_API_BASE: officialAccount.url,
    });
  }

  const cloud = await startDevCloud({
    dataDir: localDataDir,
    port,
    timers: true,
    quiet: true,
    gateway: { h5Dir: join(rootDir, 'dist-h5'), localSignIn: true },
    // Image verdicts go to the chat's function, as its message push is configured in WeChat's console.
    openapi: { mediaCheckCallback: 'message' },
  });
  Object.assign(process.env, cloud.sdkEnv);
  // Imported after the environment points at the local cloud: the SDK reads it when it initialises.
  const { loadDemoData } = await import('./seed/load-demo-data');
  const loaded = await loadDemoData(cloud.ctx.envId);
  if (loaded) await loadDemoActivity(cloud.functions.invoker);
  // Data from before the client-readable feeds is brought to their shape (a no-op once done).
  const { migrateToFeeds } = await import('@server/consultation/feed-migration');
  await migrateToFeeds();
  // Records kept under the county's old dispute types move to the national list (a no-op once done).
  const { migrateCategories } = await import('@server/migrations/categories');
  await migrateCategories();
  // Rollups from before the bureau's report table get its counters (a no-op once done).
  const { rebuildForReportCounters } = await import('@server/migrations/report-counters');
  await rebuildForReportCounters();
  // Free-text villages from before the area tree are placed on its nodes by exact name (a no-op once done).
  const { migrateVillages } = await import('@server/migrations/villages');
  await migrateVillages();

  console.log('');
  console.log('掌上调解室 is running on the local cloud.');
  console.log(`  Open:      ${cloud.url}/`);
  console.log(`  Data:      ${cloud.ctx.dataDir}${loaded ? ' (demo data loaded)' : ''}`);
  if (officialAccount)
    console.log(`  公众号:    local stand-in of the official account API at ${officialAccount.url}`);
  console.log('  Sign in as a demo resident, mediator, legal-aid officer or admin on the first page.');
  console.log('  Stop with Ctrl+C.');

  const stop = async () => {
    await cloud.close();
    await officialAccount?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
