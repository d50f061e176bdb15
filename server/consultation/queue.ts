import { Collections } from '../collections';
import { command, findMany, getById } from '../db';
import { tryAssign } from './assign';
import type { ConsultationDoc, MediatorLoadDoc } from './models';

const oldestFirst: [string, 'asc'][] = [['createdAt', 'asc']];

/**
 * The oldest waiting consultation a mediator may take: those that asked for them by name, and, while they are
 * online, those nobody was chosen for in a dispute type they handle. Never their own (server/conflicts.ts).
 */
async function oldestWaitingFor(m: MediatorLoadDoc): Promise<ConsultationDoc | null> {
  const notMine = command().neq(m.openid);
  const asked = findMany<ConsultationDoc>(
    Collections.consultations,
    { status: 'waiting', requestedMediatorId: m._id, residentOpenid: notMine },
    { orderBy: oldestFirst, limit: 1 },
  );
  const open =
    m.online && m.specialties.length > 0
      ? findMany<ConsultationDoc>(
          Collections.consultations,
          {
            status: 'waiting',
            requestedMediatorId: '',
            disputeType: command().in(m.specialties),
            residentOpenid: notMine,
          },
          { orderBy: oldestFirst, limit: 1 },
        )
      : Promise.resolve([]);
  const candidates = [...(await asked), ...(await open)].sort((a, b) => a.createdAt - b.createdAt);
  return candidates[0] ?? null;
}

/**
 * Fills a mediator's free slots from the queue, oldest first: called when they close a consultation, come
 * online or lose one to reassignment. Losing a race for one consultation just moves on to the next.
 * Answers the ids assigned.
 */
export async function fillFromQueue(mediatorId: string, now: number): Promise<string[]> {
  const assigned: string[] = [];
  for (let round = 0; round < 20; round += 1) {
    const m = await getById<MediatorLoadDoc>(Collections.mediators, mediatorId);
    if (!m?.active || (m.openCount ?? 0) >= m.capacity) break;
    const next = await oldestWaitingFor(m);
    if (!next) break;
    if (await tryAssign(next._id, m._id, now)) assigned.push(next._id);
  }
  return assigned;
}

/**
 * Mediators who could take a new consultation of a type now: active, online, handling the type, with room;
 * least loaded first so work spreads out.
 */
export async function candidatesFor(disputeType: string): Promise<MediatorLoadDoc[]> {
  const all = await findMany<MediatorLoadDoc>(
    Collections.mediators,
    { active: true, online: true, specialties: disputeType },
    { limit: 100 },
  );
  const load = (m: MediatorLoadDoc) => (m.openCount ?? 0) / Math.max(1, m.capacity);
  return all.filter((m) => (m.openCount ?? 0) < m.capacity).sort((a, b) => load(a) - load(b));
}
