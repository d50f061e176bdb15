import type { moderationContract } from '@contracts/functions/moderation';
import { AppError } from '@server/app-error';
import { recordAudit } from '@server/audit';
import { Collections } from '@server/collections';
import { getById } from '@server/db';
import type { Handler } from '@server/define-function';
import { decideHeld } from '@server/moderation/decide';
import type { HeldItemDoc } from '@server/moderation/models';
import { toHeldItem } from '@server/moderation/views';

/** An admin approves a held text (its readers see it from now on) or rejects it (they never do). */
export const decide: Handler<typeof moderationContract.decide> = async (input, { caller, now }) => {
  const item = await getById<HeldItemDoc>(Collections.heldItems, input.id);
  if (!item) throw new AppError('NOT_FOUND', '找不到这条待审核的内容，可能已被作者改掉');
  if (item.status !== 'held') throw new AppError('CONFLICT', '这条内容已经处理过了');
  const decided = await decideHeld(item, input.approve, caller.user._id, now);
  await recordAudit(
    caller.user,
    {
      action: input.approve ? 'moderation.approve' : 'moderation.reject',
      // The held words may hold personal data: the record names whose text and where, not the text.
      target: `${item.context} · ${item.fieldLabel} · ${item.writerName}`,
      targetId: item._id,
    },
    now,
  );
  return toHeldItem(decided, caller.user.nickname);
};
