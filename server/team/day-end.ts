import { Collections } from '../collections';
import { command, db, findMany } from '../db';

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing midnight at or before an instant. */
export const beijingDayStart = (at: number) =>
  Math.floor((at + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;

/**
 * Closes every visit still open from an earlier Beijing day, as of the end of that day, marked
 * `closedBy: 'day_end'` so the bureau sees the member did not sign out. Conditional on still being open, so
 * a sign-out arriving at the same moment wins. Batches of 200 per run; the next run continues.
 */
export async function closeForgottenVisits(now: number): Promise<number> {
  const today = beijingDayStart(now);
  const _ = command();
  const due = await findMany<{ _id: string; checkIn: { takenAt: number } }>(
    Collections.visits,
    { status: 'open', 'checkIn.takenAt': _.lt(today) },
    { limit: 200 },
  );
  let closed = 0;
  for (const v of due) {
    const closedAt = beijingDayStart(v.checkIn.takenAt) + DAY_MS - 1;
    const res = (await db()
      .collection(Collections.visits)
      .where({ _id: v._id, status: 'open' })
      .update({ data: { status: 'closed', closedBy: 'day_end', closedAt, updatedAt: now } })) as unknown as {
      stats: { updated: number };
    };
    closed += res.stats.updated;
  }
  return closed;
}
