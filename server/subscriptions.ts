import type { SubscribePurpose } from '@contracts/templates';
import { Collections } from './collections';
import { command, db, getById, updateById } from './db';
import { type NotifyResult, notify, type SubscribeMessage } from './notify';

interface CreditDoc {
  _id: string;
  openid: string;
  purpose: SubscribePurpose;
  credits: number;
  updatedAt: number;
}

const creditId = (openid: string, purpose: SubscribePurpose) => `${openid}:${purpose}`;

/**
 * What the app believes each user granted: one-time subscribe messages allow one send per "allow" tap. The
 * client asks again (at a natural tap) for the purposes counted at zero; a 43101 answer resets the count,
 * since WeChat is the authority.
 */
export async function recordGrants(openid: string, purposes: SubscribePurpose[], now: number): Promise<void> {
  for (const purpose of new Set(purposes)) {
    const ref = db().collection(Collections.subscribeCredits).doc(creditId(openid, purpose));
    const res = (await ref.update({ data: { credits: command().inc(1), updatedAt: now } })) as unknown as {
      stats: { updated: number };
    };
    if (res.stats.updated === 0) await ref.set({ data: { openid, purpose, credits: 1, updatedAt: now } });
  }
}

export async function neededPurposes(
  openid: string,
  purposes: readonly SubscribePurpose[],
): Promise<SubscribePurpose[]> {
  const needed: SubscribePurpose[] = [];
  for (const purpose of purposes) {
    const doc = await getById<CreditDoc>(Collections.subscribeCredits, creditId(openid, purpose));
    if (!doc || doc.credits <= 0) needed.push(purpose);
  }
  return needed;
}

/** Sends through notify() and keeps the credit count in step with the answer. */
export async function notifyCounted(message: SubscribeMessage, now: number): Promise<NotifyResult> {
  const result = await notify(message, now);
  const id = creditId(message.touser, message.purpose);
  const patch =
    result === 'sent' ? { credits: command().inc(-1) } : result === 'no_credit' ? { credits: 0 } : null;
  // Counting is best effort: a missing count only means the client asks once more than needed.
  if (patch)
    await updateById(Collections.subscribeCredits, id, { ...patch, updatedAt: now }).catch(() => undefined);
  return result;
}
