import { purgeExpiredIntents } from '@server/idempotency';
import { closeForgottenVisits } from '@server/team/day-end';
import { purgeVisitLocations } from '@server/team/purge';

/**
 * The visit function's one timer job (WeChat allows one trigger per function), run hourly: visits left
 * open on an earlier Beijing day are closed and marked, and locations past their keep time are purged.
 */
export async function hourly(now: number): Promise<{ closed: number; purged: number; intents: number }> {
  const closed = await closeForgottenVisits(now);
  const purged = await purgeVisitLocations(now);
  const intents = await purgeExpiredIntents(now);
  console.log(
    `[visit.hourly] closed ${closed} visits, purged ${purged} locations, ${intents} request answers`,
  );
  return { closed, purged, intents };
}
