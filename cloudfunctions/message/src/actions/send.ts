import type { messageContract } from '@contracts/functions/message';
import { AppError } from '@server/app-error';
import { Collections } from '@server/collections';
import { loadOwn } from '@server/consultation/access';
import { messageIdOf, storeMessage } from '@server/consultation/messages';
import type { MessageDoc } from '@server/consultation/models';
import { toMessage } from '@server/consultation/views';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { checkOwnUploads } from '@server/files';
import { once } from '@server/idempotency';
import { enforceRateLimit } from '@server/rate-limit';
import { warnOnChat } from '@server/warnings/raise';

/**
 * Sends a text or photo into a consultation the caller takes part in; a photo must be one the caller
 * uploaded into their own chat folder. A resend of the same clientMsgId (the outbox retrying after a network
 * drop) answers the first answer (server/idempotency.ts), concurrent or later, and counts no limit; once
 * that answer's keep time has passed, it answers the stored message as it is now.
 */
export const send: Handler<typeof messageContract.send> = async (input, { caller, now, deadline }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user, { allowAdmin: false });
  if (input.photo) {
    await checkOwnUploads(caller.user._id, 'chat', [{ fileID: input.photo.fileID, field: 'photo.fileID' }]);
  }
  const intent = { action: 'message.send', openid: caller.openid, key: input.clientMsgId, input };
  return once(intent, { now, deadline }, async () => {
    const id = messageIdOf(consultation._id, input.clientMsgId);
    const existing = await getById<MessageDoc>(Collections.messages, id);
    if (existing) return toMessage(existing);
    if (consultation.status === 'closed')
      throw new AppError('CONFLICT', '这次咨询已经结束，如有新问题请重新发起咨询');
    await enforceRateLimit(caller.openid, 'message.send', { max: 20, windowMs: 60 * 1000 }, now);
    if (input.photo) {
      await enforceRateLimit(caller.openid, 'message.photo', { max: 30, windowMs: 60 * 60 * 1000 }, now);
    }
    const sender = { openid: caller.openid, userId: caller.user._id, side };
    const content = input.photo ? { photo: input.photo } : { text: input.text ?? '' };
    const message = toMessage(await storeMessage(consultation, sender, input.clientMsgId, content, now));
    // What a resident writes in the chat can carry a threat too: the early warning reads it.
    if (side === 'resident' && input.text) await warnOnChat(consultation, input.text, now);
    return message;
  });
};
