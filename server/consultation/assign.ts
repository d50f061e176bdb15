import { Collections } from '../collections';
import { isOwnWork } from '../conflicts';
import { count, db, type TransactionLike, updateById } from '../db';
import { setReaders, touchConsultation } from './feed';
import type { ConsultationDoc, MediatorLoadDoc } from './models';

/**
 * Gives a waiting consultation to a mediator if they have room. One transaction reads the mediator's open
 * count and the consultation's status and writes both, so two concurrent assignments can neither overfill a
 * mediator nor give one consultation twice (the database retries or refuses the loser on conflict). Nobody
 * is given their own consultation (server/conflicts.ts): the caller then tries the next mediator.
 */
export async function tryAssign(consultationId: string, mediatorId: string, now: number): Promise<boolean> {
  const assigned = (await db().runTransaction(async (tx: TransactionLike) => {
    const mRef = tx.collection(Collections.mediators).doc(mediatorId);
    const cRef = tx.collection(Collections.consultations).doc(consultationId);
    const m = ((await mRef.get()) as { data: MediatorLoadDoc }).data;
    const c = ((await cRef.get()) as { data: ConsultationDoc }).data;
    const open = m.openCount ?? 0;
    if (!m.active || c.status !== 'waiting' || open >= m.capacity) return null;
    if (isOwnWork(m, { _id: c.residentId, openid: c.residentOpenid })) return null;
    await mRef.update({ data: { openCount: open + 1 } });
    await cRef.update({
      data: { status: 'open', mediatorId: m._id, mediatorOpenid: m.openid, assignedAt: now, updatedAt: now },
    });
    return { openid: m.openid, resident: c.residentOpenid };
  })) as { openid: string; resident: string } | null;
  if (!assigned) return false;
  const participants = { residentOpenid: assigned.resident, mediatorOpenid: assigned.openid };
  await showHistoryTo(consultationId, participants);
  // What the resident wrote while waiting is new to the mediator.
  const waiting = await count(Collections.messages, { consultationId, side: 'resident', status: 'sent' });
  await updateById(Collections.consultations, consultationId, { unreadMediator: waiting });
  await touchConsultation({ _id: consultationId, ...participants }, now);
  return true;
}

/**
 * Frees a mediator's slot: a closed or reassigned consultation no longer counts. Never below zero, so a
 * repeated call after a crash cannot give a mediator more room than capacity.
 */
export async function releaseSlot(mediatorId: string): Promise<void> {
  await db().runTransaction(async (tx: TransactionLike) => {
    const ref = tx.collection(Collections.mediators).doc(mediatorId);
    const m = ((await ref.get()) as { data: MediatorLoadDoc }).data;
    await ref.update({ data: { openCount: Math.max(0, (m.openCount ?? 1) - 1) } });
  });
}

/** Passed messages become readable by exactly the current participants (e.g. after (re)assignment). */
export async function showHistoryTo(
  consultationId: string,
  participants: { residentOpenid: string; mediatorOpenid: string },
): Promise<void> {
  await setReaders({ consultationId, status: 'sent' }, participants);
}
