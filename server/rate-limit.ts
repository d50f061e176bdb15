import { AppError } from './app-error';
import { Collections } from './collections';
import { command, db } from './db';

/** A window is counted in this many slices: a limit holds for any stretch of nine tenths of its window. */
const SLICES = 10;

/**
 * Sliding-window rate limit per caller and purpose, counted in the database so every function instance
 * shares it. The window is cut into slices, one document each (`<purpose>:<openid>:<slice start>`,
 * incremented atomically), and a call counts the slices of the last window: a burst that crosses a clock
 * minute is counted whole, not split between two fixed windows. A refused call takes its count back, so a
 * user who waits a moment may go on, however often they tried meanwhile.
 */
export async function enforceRateLimit(
  openid: string,
  purpose: string,
  limit: { max: number; windowMs: number },
  now: number,
): Promise<void> {
  const sliceMs = Math.ceil(limit.windowMs / SLICES);
  const current = now - (now % sliceMs);
  const idOf = (sliceStart: number) => `${purpose}:${openid}:${sliceStart}`;
  const _ = command();
  const ref = db().collection(Collections.rateLimits).doc(idOf(current));
  const res = (await ref.update({ data: { count: _.inc(1) } })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) {
    try {
      await db()
        .collection(Collections.rateLimits)
        .add({ data: { _id: idOf(current), count: 1, expiresAt: current + sliceMs + limit.windowMs } });
    } catch {
      // Another invocation created the slice first: count on it.
      await ref.update({ data: { count: _.inc(1) } });
    }
  }
  const ids = Array.from({ length: SLICES }, (_x, i) => idOf(current - i * sliceMs));
  const slices = (await db()
    .collection(Collections.rateLimits)
    .where({ _id: _.in(ids) })
    .limit(SLICES)
    .get()) as unknown as { data: { count: number }[] };
  const counted = slices.data.reduce((n, s) => n + s.count, 0);
  if (counted <= limit.max) return;
  await ref.update({ data: { count: _.inc(-1) } });
  throw new AppError('RATE_LIMITED');
}

/** The retention job's part: slices older than their window, which hold a caller's openid, are deleted. */
export async function purgeExpiredLimits(now: number): Promise<number> {
  const res = (await db()
    .collection(Collections.rateLimits)
    .where({ expiresAt: command().lt(now) })
    .remove()) as unknown as { stats: { removed: number } };
  return res.stats.removed;
}
