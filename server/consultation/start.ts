import type { Consultation } from '@contracts/consultation';
import type { ParsedInputOf } from '@contracts/contract';
import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '../app-error';
import { runTx } from '../case/store';
import { Collections } from '../collections';
import { isOwnWork, ownConsultationMessage } from '../conflicts';
import { TextScene } from '../content-security';
import { getById, type TransactionLike } from '../db';
import type { UserDoc } from '../models';
import { publicText } from '../moderation/hold';
import { screenTexts } from '../moderation/screen';
import { enforceRateLimit } from '../rate-limit';
import { consultationFigure, moveFigures } from '../stats/rollups';
import { warnOnConsultation } from '../warnings/raise';
import { loadMediator } from './access';
import { tryAssign } from './assign';
import { touchConsultation } from './feed';
import { storeMessage } from './messages';
import type { ConsultationDoc, MediatorLoadDoc } from './models';
import { candidatesFor } from './queue';
import { residentView } from './writer-view';

/** Where a consultation came from besides the asker's own wish: a dispute a team member screened. */
export interface ConsultationOrigin {
  fromVisitRecordId?: string;
}

/**
 * Starts a consultation for `user` (the one way, for a resident's own question and for a dispute a team
 * member screened on a visit): the description is screened, the consultation and its figure written in
 * one transaction, the description and photos become the first messages, then a mediator is assigned.
 * The caller makes it happen once (server/idempotency.ts) and checks the photos are the user's own.
 */
export async function startConsultation(
  id: string,
  input: ParsedInputOf<typeof consultationContract.start>,
  user: UserDoc,
  now: number,
  origin: ConsultationOrigin = {},
): Promise<Consultation> {
  await enforceRateLimit(user.openid, 'consultation.start', { max: 5, windowMs: 60 * 60 * 1000 }, now);
  let chosen: MediatorLoadDoc | null = null;
  if (input.mediatorId) {
    chosen = (await loadMediator(input.mediatorId)) as MediatorLoadDoc | null;
    if (!chosen?.active) throw new AppError('NOT_FOUND', '这位调解员暂时不接受咨询，请换一位');
    if (isOwnWork(chosen, user)) throw new AppError('FORBIDDEN', ownConsultationMessage);
  }
  const described = [{ key: 'description', label: '咨询描述', text: input.description }];
  const held = (await screenTexts(user.openid, TextScene.social, described)).has('description');
  const verdict = held ? 'review' : 'pass';
  const doc: ConsultationDoc = {
    _id: id,
    clientKey: input.clientKey,
    residentOpenid: user.openid,
    residentId: user._id,
    residentName: user.nickname,
    residentVillage: user.village,
    mediatorOpenid: '',
    mediatorId: '',
    requestedMediatorId: chosen?._id ?? '',
    disputeType: input.disputeType,
    // Held text stays out of this document: it waits in held_items (server/moderation).
    description: publicText(input.description, held),
    descriptionHeld: held,
    status: 'waiting',
    awaiting: 'mediator',
    unreadResident: 0,
    unreadMediator: 0,
    residentReadAt: now,
    mediatorReadAt: 0,
    residentActiveAt: now,
    lastMessage: '',
    lastMessageAt: now,
    ...(origin.fromVisitRecordId ? { fromVisitRecordId: origin.fromVisitRecordId } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await runTx(async (tx: TransactionLike) => {
    const { _id, ...data } = doc;
    await tx.collection(Collections.consultations).doc(_id).set({ data });
    await moveFigures(tx, null, consultationFigure(doc));
  });
  await touchConsultation(doc, now);

  // Messages first, then assignment: the mediator's unread count then covers all of them.
  const sender = { openid: user.openid, userId: user._id, side: 'resident' as const };
  await storeMessage(doc, sender, `${input.clientKey}-d`, { text: input.description, verdict }, now, {
    isDescription: true,
  });
  for (const [i, photo] of input.photos.entries()) {
    await storeMessage(doc, sender, `${input.clientKey}-p${i}`, { photo }, now + i + 1);
  }
  const candidates = chosen ? [chosen] : await candidatesFor(input.disputeType);
  for (const m of candidates) if (await tryAssign(id, m._id, now)) break;

  const stored = (await getById<ConsultationDoc>(Collections.consultations, id)) ?? doc;
  // The resident's own words, even while held for review: the warning reads what was written.
  await warnOnConsultation(stored, now, [input.description]);
  return residentView(stored, await loadMediator(stored.mediatorId));
}
