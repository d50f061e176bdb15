import { createHash } from 'node:crypto';
import { AppError } from './app-error';
import { Collections } from './collections';
import { command, db, getById, insert } from './db';

/** A waiting repeat stops this long before its own invocation is cut off, to answer CONFLICT in time. */
const ANSWER_MARGIN_MS = 1000;
/** Waiting repeats look again after 80 ms, then less and less often, so they do not slow the first call. */
const FIRST_POLL_MS = 80;
const MAX_POLL_MS = 400;
/** A claim this old belongs to an invocation that died (timeouts are at most 20 s): a repeat takes it over. */
const STALE_MS = 60_000;
/**
 * How long a first answer is kept for repeats: a retry comes within seconds, an app reopened next morning
 * is a new intent. The answer may hold personal data, so the timer purge deletes it afterwards.
 */
export const INTENT_KEEP_MS = 24 * 3600_000;

interface IdempotencyDoc {
  _id: string;
  action: string;
  status: 'running' | 'done';
  /** The input's hash: the same key with another payload is a client bug, not a retry. */
  inputHash: string;
  /** The first answer as JSON, so any output shape is stored as it was sent. */
  resultJson?: string;
  createdAt: number;
  /** After this the record is purged (purgeExpiredIntents); repeats are answered until then. */
  expiresAt: number;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export interface Intent {
  /** `<function>.<action>`, so one key cannot collide across actions. */
  action: string;
  /** The caller's openid: a key is only ever the caller's own. */
  openid: string;
  /** The client's key; without one the call is simply done (no protection, as before keys existed). */
  key: string | undefined;
  /** The parsed input, compared across repeats. */
  input: unknown;
}

/** The invocation's clock (server/define-function.ts): its one time reading and when it is cut off. */
export interface Clock {
  now: number;
  deadline: number;
}

/**
 * The one way a create that a client can repeat happens once. The first call with a key claims the record
 * `idempotency/<hash of action, caller, key>` (its id is the unique key the database enforces), does the
 * work and stores the answer; every repeat, concurrent or later, answers exactly that stored answer and does
 * nothing else (no rate limit counted, no audit, no message). So the work must not publish a half-made
 * result for repeats to find: a repeat reads only the stored answer, never the records the work writes.
 * A first call that is refused drops its claim, so the user can correct and send again with the same key.
 * A repeat waits for the first as long as its own invocation may run, then answers a clear CONFLICT.
 */
export async function once<T>(intent: Intent, clock: Clock, work: () => Promise<T>): Promise<T> {
  if (!intent.key) return work();
  const id = `k${sha(`${intent.action}\n${intent.openid}\n${intent.key}`).slice(0, 40)}`;
  const inputHash = sha(JSON.stringify(intent.input ?? null));
  const until = clock.deadline - ANSWER_MARGIN_MS;
  let pollMs = FIRST_POLL_MS;
  for (;;) {
    if (await claim(id, intent.action, inputHash, clock.now)) return runClaimed(id, work);
    const seen = await getById<IdempotencyDoc>(Collections.idempotency, id);
    if (!seen) continue; // The first call was refused and let go: this one may try.
    if (seen.inputHash !== inputHash) {
      throw new AppError('CONFLICT', '这个请求编号已用于另一份内容，请刷新页面后再提交');
    }
    if (seen.status === 'done') return JSON.parse(seen.resultJson ?? 'null') as T;
    const at = Date.now();
    if (at - seen.createdAt > STALE_MS && (await takeOver(seen, at))) return runClaimed(id, work);
    if (at + pollMs > until) throw new AppError('CONFLICT', '上一次提交还在处理中，请稍后刷新查看结果');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    pollMs = Math.min(MAX_POLL_MS, Math.round(pollMs * 1.5));
  }
}

/**
 * The retention job (run by a function's timer trigger): deletes the records whose keep time has passed,
 * first answers with them. Answers how many went.
 */
export async function purgeExpiredIntents(now: number): Promise<number> {
  const res = (await db()
    .collection(Collections.idempotency)
    .where({ expiresAt: command().lt(now) })
    .remove()) as unknown as { stats: { removed: number } };
  return res.stats.removed;
}

/** Creates the claim; false when it exists already (the duplicate id is refused by the database). */
async function claim(id: string, action: string, inputHash: string, now: number): Promise<boolean> {
  const doc: IdempotencyDoc = {
    _id: id,
    action,
    status: 'running',
    inputHash,
    createdAt: now,
    expiresAt: now + INTENT_KEEP_MS,
  };
  try {
    await insert(Collections.idempotency, doc);
    return true;
  } catch (error) {
    if (await getById<IdempotencyDoc>(Collections.idempotency, id)) return false;
    throw error;
  }
}

/** Takes over a claim whose invocation died, conditionally, so only one repeat does. */
async function takeOver(seen: IdempotencyDoc, now: number): Promise<boolean> {
  const res = (await db()
    .collection(Collections.idempotency)
    .where({ _id: seen._id, status: 'running', createdAt: seen.createdAt })
    .update({ data: { createdAt: now, expiresAt: now + INTENT_KEEP_MS } })) as unknown as {
    stats: { updated: number };
  };
  return res.stats.updated === 1;
}

async function runClaimed<T>(id: string, work: () => Promise<T>): Promise<T> {
  const ref = db().collection(Collections.idempotency).doc(id);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await dropClaim(id);
    throw error;
  }
  await ref.update({ data: { status: 'done', resultJson: JSON.stringify(result ?? null) } });
  return result;
}

/** Lets go of a refused first call's claim, so the same key may try again; best effort. */
async function dropClaim(id: string): Promise<void> {
  try {
    await db().collection(Collections.idempotency).doc(id).remove();
  } catch {
    // A claim left behind only makes a retry wait, then take it over as stale.
  }
}
