import { createHash } from 'node:crypto';
import type { Consultation } from '@contracts/consultation';
import type { ParsedInputOf } from '@contracts/contract';
import type { consultationContract } from '@contracts/functions/consultation';
import { AppError } from '@server/app-error';
import { runTx } from '@server/case/store';
import { Collections } from '@server/collections';
import { isOwnWork, ownConsultationMessage } from '@server/conflicts';
import { loadMediator } from '@server/consultation/access';
import { tryAssign } from '@server/consultation/assign';
import { touchConsultation } from '@server/consultation/feed';
import { storeMessage } from '@server/consultation/messages';
import type { ConsultationDoc, MediatorLoadDoc } from '@server/consultation/models';
import { candidatesFor } from '@server/consultation/queue';
import { residentView } from '@server/consultation/writer-view';
import { TextScene } from '@server/content-security';
import { getById, type TransactionLike } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';
import type { UserDoc } from '@server/models';
import { publicText } from '@server/moderation/hold';
import { screenTexts } from '@server/moderation/screen';
import { enforceRateLimit } from '@server/rate-limit';
import { consultationFigure, moveFigures } from '@server/stats/rollups';
import { warnOnConsultation } from '@server/warnings/raise';

/**
 * A resident asks for help. The description is checked before anyone else sees it and becomes the chat's
 * first message, photos (the resident's own uploads, checked before anything is written) follow it. The
 * chosen mediator takes it if they have room (online or not: they answer in their hours); otherwise the least loaded online mediator handling the type; otherwise it waits.
 * A retried start (same clientKey), concurrent or later, answers the first answer (server/idempotency.ts)
 * and counts no rate limit.
 */
export const start: Handler<typeof consultationContract.start> = async (input, { caller, now, deadline }) => {
  const id = `c${createHash('sha256').update(`${caller.user._id}:${input.clientKey}`).digest('hex').slice(0, 31)}`;
  const photoRefs = input.photos.map((p, i) => ({ fileID: p.fileID, field: `photos.${i}.fileID` }));
  await checkOwnUploads(caller.user._id, 'chat', photoRefs);
  const intent = { action: 'consultation.start', openid: caller.openid, key: input.clientKey, input };
  return once(intent, { now, deadline }, async () => {
    // Only past the first answer's keep time: the consultation this key made, as it is now. Inside `once`,
    // so a repeat never reads a consultation that the first call is still building (no messages yet).
    const again = await getById<ConsultationDoc>(Collections.consultations, id);
    if (again) return residentView(again, await loadMediator(again.mediatorId));
    return startNew(id, input, caller.user, now);
  });
};

async function startNew(
  id: string,
  input: ParsedInputOf<typeof consultationContract.start>,
  user: UserDoc,
  now: number,
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
