import type { consultationContract } from '@contracts/functions/consultation';
import { shanghaiDate } from '@server/booking/slots';
import { Collections } from '@server/collections';
import { loadMediator, loadOwn } from '@server/consultation/access';
import type { MessageDoc } from '@server/consultation/models';
import { transcriptDocx } from '@server/consultation/transcript-docx';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import { storeDocument } from '@server/documents/store';
import { enforceRateLimit } from '@server/rate-limit';

/**
 * Writes the consultation as 咨询记录-<date>.docx (parties, times, every message that passed its checks) into
 * cloud storage and answers a download URL. Held or refused messages are left out: the
 * document may go to a court, so it holds only what both sides saw.
 */
export const transcript: Handler<typeof consultationContract.transcript> = async (input, { caller, now }) => {
  const { consultation } = await loadOwn(input.consultationId, caller.user);
  await enforceRateLimit(
    caller.openid,
    'consultation.transcript',
    { max: 10, windowMs: 60 * 60 * 1000 },
    now,
  );
  const messages: MessageDoc[] = [];
  for (let page = 0; page < 20; page += 1) {
    const batch = await findMany<MessageDoc>(
      Collections.messages,
      { consultationId: consultation._id, status: 'sent' },
      { orderBy: [['createdAt', 'asc']], limit: 500, skip: page * 500 },
    );
    messages.push(...batch);
    if (batch.length < 500) break;
  }
  const mediator = await loadMediator(consultation.mediatorId);
  const content = await transcriptDocx(consultation, mediator, messages, now);
  const name = `咨询记录-${shanghaiDate(consultation.createdAt)}`;
  return (await storeDocument(`transcripts/${consultation._id}`, name, 'docx', content, now)).file;
};
