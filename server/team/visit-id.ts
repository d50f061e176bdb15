import { createHash } from 'node:crypto';

/**
 * The id of the record a member's client key makes: the same key always names the same record, so an
 * offline check-in sent again after the answer's keep time (server/idempotency.ts) still finds its visit.
 */
export function idFromKey(prefix: 'v' | 'r' | 'c', userId: string, clientKey: string, salt = ''): string {
  return `${prefix}${createHash('sha256').update(`${userId}:${clientKey}:${salt}`).digest('hex').slice(0, 31)}`;
}
