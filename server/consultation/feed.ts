import { Collections } from '../collections';
import { db } from '../db';
import type { ConsultationDoc, MessageDoc } from './models';

/**
 * The only documents the mini-program reads directly (watch), under the read rule
 * `doc.residentOpenid == auth.openid || doc.mediatorOpenid == auth.openid` that every client query matches
 * with a plain `F: '{openid}'`. `messages` and `consultations` stay server-only (rule false): these are
 * projections that carry only what a reader may see. `residentOpenid` / `mediatorOpenid` are the readers, ''
 * for a side that may not read the document; they are the only openids in them. No internal ids (user and
 * mediator ids, client keys), no file ids or check traces, no private notes, no descriptions or names.
 */

/** A message as its readers see it: the Message contract's fields plus the readers. */
export interface MessageFeedDoc {
  _id: string;
  consultationId: string;
  residentOpenid: string;
  mediatorOpenid: string;
  clientMsgId: string;
  side: MessageDoc['side'];
  kind: MessageDoc['kind'];
  text?: string;
  photoUrl?: string;
  status: MessageDoc['status'];
  refusedReason?: string;
  createdAt: number;
}

/**
 * A consultation as a change signal: its participants' lists and chats refetch through the functions when it
 * changes, so it holds nothing else.
 */
export interface ConsultationFeedDoc {
  _id: string;
  residentOpenid: string;
  mediatorOpenid: string;
  changedAt: number;
}

export type Readers = Pick<MessageDoc, 'residentOpenid' | 'mediatorOpenid'>;

/** The projection of a stored message that its readers get. */
export function messageFeedOf(m: MessageDoc): MessageFeedDoc {
  const refused = m.status === 'refused';
  return {
    _id: m._id,
    consultationId: m.consultationId,
    residentOpenid: m.residentOpenid,
    mediatorOpenid: m.mediatorOpenid,
    clientMsgId: m.clientMsgId,
    side: m.side,
    kind: m.kind,
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(m.photoUrl !== undefined && !refused ? { photoUrl: m.photoUrl } : {}),
    status: m.status,
    ...(m.refusedReason !== undefined ? { refusedReason: m.refusedReason } : {}),
    createdAt: m.createdAt,
  };
}

/** Writes a message's projection, whole (set replaces it, so a field removed from the message goes too). */
export async function publishMessage(m: MessageDoc): Promise<void> {
  const { _id, ...data } = messageFeedOf(m);
  await db().collection(Collections.messageFeed).doc(_id).set({ data });
}

/** Changes the readers of many messages at once, in the messages and in their projections alike. */
export async function setReaders(where: Record<string, unknown>, readers: Readers): Promise<void> {
  await db().collection(Collections.messages).where(where).update({ data: readers });
  await db().collection(Collections.messageFeed).where(where).update({ data: readers });
}

/** Tells a consultation's participants (as they are after the change) that it changed. */
export async function touchConsultation(
  c: Pick<ConsultationDoc, '_id' | 'residentOpenid' | 'mediatorOpenid'>,
  now: number,
): Promise<void> {
  await db()
    .collection(Collections.consultationFeed)
    .doc(c._id)
    .set({ data: { residentOpenid: c.residentOpenid, mediatorOpenid: c.mediatorOpenid, changedAt: now } });
}
