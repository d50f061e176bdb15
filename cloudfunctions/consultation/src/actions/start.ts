import { createHash } from 'node:crypto';
import type { consultationContract } from '@contracts/functions/consultation';
import { Collections } from '@server/collections';
import { loadMediator } from '@server/consultation/access';
import type { ConsultationDoc } from '@server/consultation/models';
import { startConsultation } from '@server/consultation/start';
import { residentView } from '@server/consultation/writer-view';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';

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
    return startConsultation(id, input, caller.user, now);
  });
};
