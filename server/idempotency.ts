import { createHash } from 'node:crypto';
import { AppError } from './app-error';
import { Collections } from './collections';
import { db, getById, insert } from './db';

/** A repeat waits this long for the first call to finish; functions run for 5 s at least. */
const WAIT_MS = 3000;
const POLL_MS = 80;
/** A claim this old belongs to an invocation that died (timeouts are at most 20 s): a repeat takes it over. */
const STALE_MS = 60_000;

interface IdempotencyDoc {
  _id: string;
  action: string;
  status: 'running' | 'done';
  /** The input's hash: the same key with another payload is a client bug, not a retry. */
  inputHash: string;
  /** The first answer as JSON, so any output shape is stored as it was sent. */
  resultJson?: string;
  createdAt: number;
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

/**
 * The one way a create that a client can repeat happens once. The first call with a key claims the record
 * `idempotency/<hash of action, caller, key>` (its id is the unique key the database enforces), does the
 * work and stores the answer; every repeat, concurrent or later, answers that stored answer and does nothing
 * else (no rate limit counted, no audit, no message). A first call that is refused drops its claim, so the
 * user can correct and send again with the same key. A repeat that waits too long answers a clear CONFLICT.
 */
export async function once<T>(intent: Intent, now: number, work: () => Promise<T>): Promise<T> {
  if (!intent.key) return work();
  const id = `k${sha(`${intent.action}\n${intent.openid}\n${intent.key}`).slice(0, 40)}`;
  const inputHash = sha(JSON.stringify(intent.input ?? null));
  const until = Date.now() + WAIT_MS;
  for (;;) {
    if (await claim(id, intent.action, inputHash, now)) return runClaimed(id, work);
    const seen = await getById<IdempotencyDoc>(Collections.idempotency, id);
    if (!seen) continue; // The first call was refused and let go: this one may try.
    if (seen.inputHash !== inputHash) {
      throw new AppError('CONFLICT', '这个请求编号已用于另一份内容，请刷新页面后再提交');
    }
    if (seen.status === 'done') return JSON.parse(seen.resultJson ?? 'null') as T;
    if (now - seen.createdAt > STALE_MS && (await takeOver(seen, now))) return runClaimed(id, work);
    if (Date.now() > until) throw new AppError('CONFLICT', '上一次提交还在处理中，请稍后刷新查看结果');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Creates the claim; false when it exists already (the duplicate id is refused by the database). */
async function claim(id: string, action: string, inputHash: string, now: number): Promise<boolean> {
  const doc: IdempotencyDoc = { _id: id, action, status: 'running', inputHash, createdAt: now };
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
    .update({ data: { createdAt: now } })) as unknown as { stats: { updated: number } };
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
