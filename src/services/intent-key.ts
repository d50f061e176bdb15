import { newClientId } from './client-id';
import { CloudActionError } from './errors';

/** Keys of intents still without an answer, by action and payload. */
const open = new Map<string, string>();

/**
 * Runs a create that a double tap or a slow network may repeat, with one idempotency key per user intent:
 * the same action with the same payload, until it gets an answer, reuses its key (so the server answers a
 * retry with the first result); once answered, ok or refused, the next tap is a new intent with a new key.
 * Concurrent identical calls (a double tap) share the key, so the server does the work once.
 */
export async function withIntentKey<T>(action: string, payload: unknown, call: (key: string) => Promise<T>) {
  const intent = `${action}\n${JSON.stringify(payload)}`;
  const key = open.get(intent) ?? newClientId();
  open.set(intent, key);
  try {
    const answer: T = await call(key);
    open.delete(intent);
    return answer;
  } catch (error) {
    // A transport failure keeps the key: the first try may have run, and its retry must say so.
    if (error instanceof CloudActionError) open.delete(intent);
    throw error;
  }
}
