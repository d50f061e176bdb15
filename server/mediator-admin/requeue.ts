import { Collections } from '../collections';
import { tryAssign } from '../consultation/assign';
import { setReaders, touchConsultation } from '../consultation/feed';
import type { ConsultationDoc } from '../consultation/models';
import { candidatesFor } from '../consultation/queue';
import { db, findMany } from '../db';

/**
 * Takes an off-duty mediator's open consultations back (duty.ts calls it): each goes to the queue, unassigned, and the
 * previous mediator stops seeing its messages at once. Then the consultation module's own assignment gives
 * each to the least loaded online mediator of its type with room; those nobody can take now wait in the
 * queue, which hands them out when a mediator comes online or frees a slot. Answers both counts.
 */
export async function requeueOpenConsultations(
  mediatorId: string,
  now: number,
): Promise<{ requeued: number; reassigned: number }> {
  const open = await findMany<ConsultationDoc>(
    Collections.consultations,
    { mediatorId, status: 'open' },
    { limit: 1000 },
  );
  // The assignment transaction's counter starts again from nothing for this mediator.
  await db()
    .collection(Collections.mediators)
    .doc(mediatorId)
    .update({ data: { openCount: 0 } });
  let reassigned = 0;
  let moved = 0;
  for (const c of open) {
    // Only if it is still this mediator's open consultation: a close or reassignment meanwhile wins.
    const res = (await db()
      .collection(Collections.consultations)
      .where({ _id: c._id, mediatorId, status: 'open' })
      .update({
        data: {
          status: 'waiting',
          mediatorId: '',
          mediatorOpenid: '',
          requestedMediatorId: '',
          updatedAt: now,
        },
      })) as unknown as { stats: { updated: number } };
    if (res.stats.updated === 0) continue;
    moved += 1;
    // The previous mediator stops reading every message of it, their own held ones included.
    await setReaders(
      { consultationId: c._id, side: 'resident' },
      { residentOpenid: c.residentOpenid, mediatorOpenid: '' },
    );
    await setReaders(
      { consultationId: c._id, side: 'mediator', status: 'sent' },
      { residentOpenid: c.residentOpenid, mediatorOpenid: '' },
    );
    await setReaders(
      { consultationId: c._id, side: 'mediator', status: db().command.neq('sent') },
      { residentOpenid: '', mediatorOpenid: '' },
    );
    await touchConsultation({ _id: c._id, residentOpenid: c.residentOpenid, mediatorOpenid: '' }, now);
    for (const candidate of await candidatesFor(c.disputeType)) {
      if (await tryAssign(c._id, candidate._id, now)) {
        reassigned += 1;
        break;
      }
    }
  }
  return { requeued: moved - reassigned, reassigned };
}
