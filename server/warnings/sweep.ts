import { levelRank } from '@contracts/plain/warning';
import type { CaseDoc } from '../case/models';
import { Collections } from '../collections';
import type { ConsultationDoc } from '../consultation/models';
import { command, findMany, updateById } from '../db';
import { loadRules } from './config';
import type { WarningDoc } from './models';
import { notifyOffice } from './notify-office';
import { reassess } from './raise';
import { caseWarningSubject, consultationWarningSubject } from './subjects';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PAGE = 100;

/** Every record of a collection matching `where`, a page at a time. */
async function each<T extends { _id: string }>(
  name: typeof Collections.cases | typeof Collections.consultations,
  where: Record<string, unknown>,
  work: (doc: T) => Promise<unknown>,
): Promise<number> {
  let n = 0;
  for (let skip = 0; ; skip += PAGE) {
    const page = await findMany<T>(name, where, { orderBy: [['_id', 'asc']], skip, limit: PAGE });
    for (const doc of page) await work(doc);
    n += page.length;
    if (page.length < PAGE) return n;
  }
}

/**
 * The hourly timer job (config.json, the function's one trigger). It reassesses what changed in the last two
 * hours (so a hook that failed after its change is made good) and every failed case whose deadline is now
 * within the rules' reach (that rule holds by the clock, not by a change), then tells the office of each
 * orange warning it was not yet told of: orange is notified the same day, red at once by the hooks.
 */
export async function sweepWarnings(now: number) {
  const _ = command();
  const recent = { updatedAt: _.gte(now - 2 * HOUR_MS) };
  const rules = await loadRules();
  const reach = Math.max(0, ...rules.failedDeadline.map((r) => r.withinDays)) * DAY_MS;
  const assessed =
    (await each<CaseDoc>(Collections.cases, recent, (c) => reassess(caseWarningSubject(c), now))) +
    (await each<ConsultationDoc>(Collections.consultations, recent, (c) =>
      reassess(consultationWarningSubject(c), now),
    )) +
    (reach > 0
      ? await each<CaseDoc>(
          Collections.cases,
          { 'report.deadline.at': _.gt(now).and(_.lte(now + reach)), state: _.neq('withdrawn') },
          (c) => reassess(caseWarningSubject(c), now),
        )
      : 0);
  const pending = await findMany<WarningDoc>(
    Collections.warnings,
    { status: 'open', level: 'orange', notifiedRank: _.lt(levelRank.orange) },
    { limit: PAGE },
  );
  for (const w of pending) {
    await notifyOffice(w, now);
    await updateById(Collections.warnings, w._id, { notifiedRank: levelRank.orange });
  }
  return { assessed, notified: pending.length };
}
