import { Collections } from '../collections';
import { db, findMany } from '../db';

interface OpenConsultation {
  _id: string;
  residentOpenid: string;
}

/**
 * Puts a deactivated mediator's open consultations back in the queue, unassigned and open to any mediator of
 * the type, oldest first as before. The consultation module's queue gives them out when a mediator comes
 * online or frees a slot; the previous mediator stops seeing the messages at once.
 */
export async function requeueOpenConsultations(mediatorId: string, now: number): Promise<number> {
  const open = await findMany<OpenConsultation>(
    Collections.consultations,
    { mediatorId, status: 'open' },
    { limit: 1000 },
  );
  for (const c of open) {
    await db()
      .collection(Collections.consultations)
      .doc(c._id)
      .update({
        data: {
          status: 'waiting',
          mediatorId: '',
          mediatorOpenid: '',
          requestedMediatorId: '',
          updatedAt: now,
        },
      });
    await db()
      .collection(Collections.messages)
      .where({ consultationId: c._id })
      .update({ data: { visibleTo: db().command.set([c.residentOpenid]) } });
  }
  // The assignment transaction's counter starts again from nothing for this mediator.
  await db()
    .collection(Collections.mediators)
    .doc(mediatorId)
    .update({ data: { openCount: 0, online: false } });
  return open.length;
}
