import { Collections } from '@server/collections';
import { command, db, findMany } from '@server/db';
import type { NoticeDoc } from '@server/models';
import { pushBatch } from '@server/notice-admin/push';
import { followIfPublishing, submitIfPending } from '@server/notice-admin/store';

/**
 * Timer job: scheduled notices whose time has come go live, and those meant for the official account are
 * submitted. The status write comes first, so a crash after it only delays the official copy to a retry.
 * Then the next batch of reminders goes out for every live notice still pushing.
 */
export async function publishDue(now: number): Promise<{ published: string[]; pushing: number }> {
  const due = await findMany<NoticeDoc>(
    Collections.notices,
    { status: 'scheduled', publishedAt: command().lte(now) },
    { orderBy: [['publishedAt', 'asc']], limit: 50 },
  );
  const published: string[] = [];
  for (const notice of due) {
    // Conditional on it still being scheduled: a withdrawal meanwhile, or a second run, wins.
    const res = (await db()
      .collection(Collections.notices)
      .where({ _id: notice._id, status: 'scheduled' })
      .update({ data: { status: 'published', updatedAt: now } })) as unknown as {
      stats: { updated: number };
    };
    if (res.stats.updated === 0) continue;
    published.push(notice._id);
    await submitIfPending({ ...notice, status: 'published' }, now);
  }
  const pushing = await findMany<NoticeDoc>(
    Collections.notices,
    { status: 'published', 'push.status': 'pending' },
    { limit: 5 },
  );
  for (const notice of pushing) await pushBatch(notice, now);
  return { published, pushing: pushing.length };
}

/** Timer job: follows official account publish jobs until WeChat says they succeeded or failed. */
export async function followOfficialJobs(now: number): Promise<{ checked: number }> {
  const running = await findMany<NoticeDoc>(
    Collections.notices,
    { 'official.status': 'publishing' },
    { limit: 50 },
  );
  for (const notice of running) await followIfPublishing(notice, now);
  return { checked: running.length };
}

/**
 * The function's one timer trigger (WeChat allows one per function), every minute: scheduled notices go
 * live, then official account jobs are followed. The second job runs even when the first fails, so one bad
 * notice cannot stop the official copies; the failure is thrown afterwards, for the log.
 */
export async function everyMinute(now: number) {
  let failure: unknown = null;
  const published = await publishDue(now).catch((e: unknown) => {
    failure = e;
    return { published: [], pushing: 0 };
  });
  const followed = await followOfficialJobs(now);
  if (failure) throw failure;
  return { ...published, ...followed };
}
