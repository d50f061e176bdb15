import { Collections } from '../collections';
import { db } from '../db';
import { requeueOpenConsultations } from './requeue';

/** How a mediator's open work went when they left duty. */
export interface Handover {
  requeued: number;
  reassigned: number;
}

async function flipActive(
  mediatorId: string,
  from: boolean,
  patch: Record<string, unknown>,
): Promise<boolean> {
  const res = (await db()
    .collection(Collections.mediators)
    .where({ _id: mediatorId, active: from })
    .update({ data: patch })) as unknown as { stats: { updated: number } };
  return res.stats.updated === 1;
}

/**
 * Takes a mediator off duty: inactive, offline, and their open consultations handed to colleagues or the
 * queue (requeue.ts). The one way to do it, whether an admin deactivates them or takes their role away.
 * Conditional on the profile being active, so concurrent calls hand over once; answers null when it was not.
 */
export async function takeOffDuty(mediatorId: string, now: number): Promise<Handover | null> {
  if (!(await flipActive(mediatorId, true, { active: false, online: false }))) return null;
  return requeueOpenConsultations(mediatorId, now);
}

/** Puts an inactive mediator back on duty (offline until they go online); false when they already were. */
export function putOnDuty(mediatorId: string): Promise<boolean> {
  return flipActive(mediatorId, false, { active: true });
}
