import { Collections } from '@server/collections';
import { command, db, findMany } from '@server/db';
import { purgeExpiredIntents } from '@server/idempotency';
import { deleteFiles } from '@server/legal-aid/attachments';
import { legalAidConfig } from '@server/legal-aid/config';
import type { LegalAidApplicationDoc } from '@server/legal-aid/models';
import { purgeExpiredLimits } from '@server/rate-limit';

const DAY = 24 * 3600_000;

/**
 * The nightly timer job: applications closed longer than the retention period lose their personal data
 * and photos; what stays (number, matter, stage, area, outcome, dates) is anonymous and feeds the
 * county's statistics. Drafts untouched that long are deleted too. Batches of 100 per run keep the job
 * well inside the function timeout; the next night continues. It is the app's one retention job, so it also
 * deletes the expired answers kept for repeated requests and the expired rate-limit counts, which name users
 * (WeChat allows one timer trigger per function, and this one runs nightly).
 */
export async function purgeExpired(
  now: number,
): Promise<{ applications: number; drafts: number; intents: number; limits: number }> {
  const cutoff = now - legalAidConfig().retentionDays * DAY;
  const _ = command();
  const due = await findMany<LegalAidApplicationDoc>(
    Collections.legalAidApplications,
    { closedAt: _.lte(cutoff), purgedAt: _.exists(false) },
    { limit: 100 },
  );
  for (const doc of due) {
    await deleteFiles((doc.attachments ?? []).map((a) => a.fileID));
    await db()
      .collection(Collections.legalAidApplications)
      .doc(doc._id)
      .update({
        data: {
          purgedAt: now,
          timeline: doc.timeline.map(({ at, kind }) => ({ at, kind })),
          applicantId: _.remove(),
          applicantOpenid: _.remove(),
          nameMasked: _.remove(),
          idMasked: _.remove(),
          personalEnc: _.remove(),
          attachments: _.remove(),
        },
      });
  }
  const drafts = (await db()
    .collection(Collections.legalAidDrafts)
    .where({ updatedAt: _.lte(cutoff) })
    .remove()) as unknown as { stats: { removed: number } };
  const intents = await purgeExpiredIntents(now);
  const limits = await purgeExpiredLimits(now);
  console.log(
    `[legalaid.purge] purged ${due.length} applications, ${drafts.stats.removed} drafts, ${intents} request answers, ${limits} rate-limit counts`,
  );
  return { applications: due.length, drafts: drafts.stats.removed, intents, limits };
}
