import { AppError } from './app-error';
import { Collections } from './collections';
import { command, db } from './db';

/**
 * Fixed-window rate limit per caller and purpose, counted in the database so every function instance
 * shares it. One document per window (`<purpose>:<openid>:<window start>`), incremented atomically.
 */
export async function enforceRateLimit(
  openid: string,
  purpose: string,
  limit: { max: number; windowMs: number },
  now: number,
): Promise<void> {
  const windowStart = now - (now % limit.windowMs);
  const id = `${purpose}:${openid}:${windowStart}`;
  const ref = db().collection(Collections.rateLimits).doc(id);
  const res = (await ref.update({ data: { count: command().inc(1) } })) as unknown as {
    stats: { updated: number };
  };
  if (res.stats.updated === 0) {
    try {
      await db()
        .collection(Collections.rateLimits)
        .add({ data: { _id: id, count: 1, expiresAt: windowStart + limit.windowMs } });
      return;
    } catch {
      // Another invocation created the window first: count on it.
      await ref.update({ data: { count: command().inc(1) } });
    }
  }
  const current = (await ref.get()) as unknown as { data: { count: number } };
  if (current.data.count > limit.max) throw new AppError('RATE_LIMITED');
}
