import type { Consultation } from '@contracts/consultation';
import type { MediatorDoc } from '../models';
import { heldOf } from '../moderation/overlay';
import { messageIdOf } from './messages';
import type { ConsultationDoc, MessageDoc } from './models';
import { type ChatTimes, toConsultation } from './views';

/** The description's message id: made from the start's client key (consultation/start.ts). */
function descriptionMessageId(c: ConsultationDoc): string {
  return messageIdOf(c._id, `${c.clientKey}-d`);
}

/**
 * A consultation as its resident sees it: their own description even while it is held or after it was
 * rejected (the document itself holds only the placeholder), marked so the page can say so.
 */
export async function residentView(
  c: ConsultationDoc,
  mediator: MediatorDoc | null,
  times?: ChatTimes,
): Promise<Consultation> {
  const view = toConsultation(c, 'resident', mediator, undefined, times);
  const [item] = (await heldOf([descriptionMessageId(c)], c.residentOpenid)).slice(-1);
  if (!item) return view;
  const status = item.status === 'rejected' ? 'rejected' : 'held';
  return { ...view, description: item.text, held: [{ field: 'description', status }] };
}

/** Messages as their sender sees them: held and rejected texts (kept in held_items) in place. */
export async function withOwnHeldText(messages: MessageDoc[], openid: string): Promise<MessageDoc[]> {
  const mine = messages.filter((m) => m.kind === 'text' && m.text === undefined).map((m) => m._id);
  const held = new Map((await heldOf(mine, openid)).map((h) => [h.targetId, h.text]));
  return messages.map((m) => (held.has(m._id) ? { ...m, text: held.get(m._id) } : m));
}
