import type { Consultation, Message, Side } from '@contracts/consultation';
import type { MediatorDoc } from '../models';
import type { ConsultationDoc, MessageDoc } from './models';

/** What only the chat shows: the mediator's hours in words, when a reply may come, the place in the queue. */
export interface ChatTimes {
  hours?: string;
  replyFrom?: number;
  queueAhead?: number;
}

/**
 * A consultation as one side sees it: no openids, the viewer's own unread count, the other side's read mark,
 * and the private note only for mediators and admins.
 */
export function toConsultation(
  c: ConsultationDoc,
  side: Side,
  mediator: MediatorDoc | null,
  note?: string,
  live: ChatTimes = {},
): Consultation {
  const mine = side === 'resident';
  return {
    id: c._id,
    disputeType: c.disputeType,
    // While held, the document holds the placeholder; the resident's own view overlays (writer-view.ts).
    description: c.description,
    status: c.status,
    awaiting: c.awaiting,
    mySide: side,
    mediator: mediator
      ? {
          id: mediator._id,
          name: mediator.name,
          title: mediator.title,
          online: mediator.online,
          hours: live.hours,
        }
      : null,
    resident: { name: c.residentName, village: c.residentVillage },
    unread: mine ? c.unreadResident : c.unreadMediator,
    otherReadAt: mine ? c.mediatorReadAt : c.residentReadAt,
    lastMessage: c.lastMessage || undefined,
    lastMessageAt: c.lastMessageAt,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
    outcome: c.outcome,
    rating: c.rating,
    ratingSkipped: c.ratingSkipped,
    note: mine ? undefined : note,
    replyFrom: live.replyFrom,
    queueAhead: live.queueAhead,
  };
}

/** A message without its audience list (openids) or check trace. */
export function toMessage(m: MessageDoc): Message {
  return {
    id: m._id,
    clientMsgId: m.clientMsgId,
    consultationId: m.consultationId,
    side: m.side,
    kind: m.kind,
    text: m.text,
    photoUrl: m.status === 'refused' ? undefined : m.photoUrl,
    status: m.status,
    refusedReason: m.refusedReason,
    createdAt: m.createdAt,
  };
}

/** What the list shows as the last message: text as it is, a photo as a word. */
export function previewOf(m: Pick<MessageDoc, 'kind' | 'text'>): string {
  return m.kind === 'photo' ? '[图片]' : (m.text ?? '').slice(0, 40);
}
