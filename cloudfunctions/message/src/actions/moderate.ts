import type { messageContract } from '@contracts/functions/message';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { decideMessage } from '@server/consultation/messages';
import type { MessageDoc } from '@server/consultation/models';
import { toMessage } from '@server/consultation/views';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';

/** An admin releases a held text to the other side, or refuses it with a reason only the sender sees. */
export const moderate: Handler<typeof messageContract.moderate> = async (input, { caller, now }) => {
  const m = await getById<MessageDoc>(Collections.messages, input.messageId);
  if (!m) throw new AppError('NOT_FOUND', '找不到这条消息');
  if (m.status !== 'review') throw new AppError('CONFLICT', '这条消息不在待审核状态');
  const decided = await decideMessage(m, input.approve, '审核未通过，对方看不到这条消息', now);
  if (!decided) throw new AppError('CONFLICT', '这条消息刚刚被其他管理员处理过了');
  await recordAudit(
    caller.user,
    { action: 'message.moderate', target: m._id, after: { approve: input.approve } },
    now,
  );
  return toMessage(decided);
};
