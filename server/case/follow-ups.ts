import { Collections } from '../collections';
import { db, findMany } from '../db';
import type { CaseDoc, FollowUpDoc } from './models';

const DAY = 86_400_000;
export const followUpDays = [7, 30] as const;

/** The visits after an agreement: 7 and 30 days on, each a document the mediator completes. */
export async function createFollowUps(c: CaseDoc, agreedAt: number): Promise<void> {
  for (const days of followUpDays) {
    const doc: Omit<FollowUpDoc, '_id'> = {
      caseId: c._id,
      caseNumber: c.caseNumber,
      mediatorId: c.mediatorId,
      parties: `${c.residentName} 与 ${c.otherParty.name}`,
      days,
      dueAt: agreedAt + days * DAY,
      status: 'pending',
    };
    // A fixed id per case and day keeps a retried success from creating the visit twice.
    await db().collection(Collections.followUps).doc(`${c._id}:d${days}`).set({ data: doc });
  }
}

export function followUpsOf(caseId: string): Promise<FollowUpDoc[]> {
  return findMany<FollowUpDoc>(Collections.followUps, { caseId }, { orderBy: [['dueAt', 'asc']] });
}
