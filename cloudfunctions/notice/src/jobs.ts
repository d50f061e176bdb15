import { Collections } from '@server/collections';
import { command, findMany, updateById } from '@server/db';
import type { NoticeDoc } from '@server/models';
import { followIfPublishing, submitIfPending } from '@server/notice-admin/store';

/**
 * Timer job: scheduled notices whose time has come go live, and those meant for the official account are
 * submitted. The status write comes first, so a crash after it only delays the official copy to a retry.
 */
export async function publishDue(now: number): Promise<{ published: string[] }> {
  const due = await findMany<NoticeDoc>(
    Collections.notices,
    { status: 'scheduled', publishedAt: command().lte(now) },
    { orderBy: [['publishedAt', 'asc']], limit: 50 },
  );
  for (const notice of due) {
    await updateById(Collections.notices, notice._id, { status: 'published', updatedAt: now });
    await submitIfPending({ ...notice, status: 'published' }, now);
  }
  return { published: due.map((n) => n._id) };
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
