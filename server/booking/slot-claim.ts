import type { Slot } from '@contracts/booking';
import { AppError } from '../app-error';
import type { SlotClaimDoc } from '../case/models';
import { txGet } from '../case/store';
import { Collections } from '../collections';
import type { TransactionLike } from '../db';

export function slotId(mediatorId: string, startAt: number): string {
  return `slot:${mediatorId}:${startAt}`;
}

export const slotTaken = () =>
  new AppError('CONFLICT', '该时段已被预约，请选择其他时间', { startAt: '该时段已被预约' });

/**
 * Claims a slot for a case inside a transaction. The slot's id is the claim: two transactions creating the
 * same document conflict at commit, the loser retries, finds it held and is told the slot is taken.
 */
export async function claimSlot(
  tx: TransactionLike,
  mediatorId: string,
  slot: Slot,
  caseId: string,
  now: number,
): Promise<void> {
  const id = slotId(mediatorId, slot.startAt);
  const held = await txGet<SlotClaimDoc>(tx, Collections.bookingSlots, id);
  if (held && held.caseId !== caseId) throw slotTaken();
  if (held) return;
  await tx
    .collection(Collections.bookingSlots)
    .doc(id)
    .set({ data: { mediatorId, startAt: slot.startAt, endAt: slot.endAt, caseId, createdAt: now } });
}

/** Frees a case's slot inside a transaction, only if this case holds it. */
export async function releaseSlot(
  tx: TransactionLike,
  mediatorId: string,
  startAt: number | undefined,
  caseId: string,
): Promise<void> {
  if (startAt === undefined) return;
  const id = slotId(mediatorId, startAt);
  const held = await txGet<SlotClaimDoc>(tx, Collections.bookingSlots, id);
  if (held?.caseId === caseId) await tx.collection(Collections.bookingSlots).doc(id).remove();
}
