import type { messageContract } from '@contracts/functions/message';
import { Collections } from '@server/collections';
import { loadOwn } from '@server/consultation/access';
import { touchConsultation } from '@server/consultation/feed';
import { updateById } from '@server/db';
import type { Handler } from '@server/define-function';

/**
 * Clears the caller's unread count and sets their read mark (the other side's 已读). The chat page calls it
 * on open, on each arriving message and every half minute; for the resident that also means "in the chat",
 * so a reply then needs no subscribe message. `leaving` clears that presence at once.
 */
export const markRead: Handler<typeof messageContract.markRead> = async (input, { caller, now }) => {
  const { consultation, side } = await loadOwn(input.consultationId, caller.user, { allowAdmin: false });
  const patch =
    side === 'resident'
      ? { unreadResident: 0, residentReadAt: now, residentActiveAt: input.leaving ? 0 : now }
      : { unreadMediator: 0, mediatorReadAt: now };
  await updateById(Collections.consultations, consultation._id, patch);
  await touchConsultation(consultation, now);
  return { unread: 0 };
};
