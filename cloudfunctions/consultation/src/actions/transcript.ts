import type { consultationContract } from '@contracts/functions/consultation';
import { cloud } from '@server/cloud';
import { Collections } from '@server/collections';
import { loadMediator, loadOwn } from '@server/consultation/access';
import type { MessageDoc } from '@server/consultation/models';
import { renderTranscript } from '@server/consultation/transcript-html';
import { findMany } from '@server/db';
import type { Handler } from '@server/define-function';
import { enforceRateLimit } from '@server/rate-limit';

/**
 * Renders the consultation as a printable HTML document (parties, times, every message that passed its
 * checks) into cloud storage and answers a download URL. Held or refused messages are left out: the
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
  const html = renderTranscript(consultation, mediator, messages, now);
  const fileName = `咨询记录-${consultation.disputeType}-${consultation._id.slice(-6)}.html`;
  const cloudPath = `transcripts/${consultation._id}/${now}.html`;
  const uploaded = (await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(html, 'utf8') })) as {
    fileID: string;
  };
  const res = (await cloud.getTempFileURL({ fileList: [{ fileID: uploaded.fileID, maxAge: 3600 }] })) as {
    fileList: { tempFileURL: string }[];
  };
  return { url: res.fileList[0]?.tempFileURL ?? '', fileName };
};
