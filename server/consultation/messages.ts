import { createHash } from 'node:crypto';
import type { Side } from '@contracts/consultation';
import { heldTexts } from '@contracts/moderation';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { checkText, TextScene, type TextVerdict } from '../content-security';
import { command, db, getById, insert, updateById } from '../db';
import { holdText } from '../moderation/hold';
import { notify, thing, timeField } from '../notify';
import { publishMessage, type Readers, touchConsultation } from './feed';
import { startPhotoCheck, tempUrlOf } from './media';
import type { ConsultationDoc, MessageDoc } from './models';
import { previewOf } from './views';

/** Within this long after the resident's last sign in the chat page, a reply needs no notification. */
const PRESENCE_MS = 45_000;

/** Message ids come from the consultation and the client's key: a resent message lands on the same id. */
export function messageIdOf(consultationId: string, clientMsgId: string): string {
  return `m${createHash('sha256').update(`${consultationId}:${clientMsgId}`).digest('hex').slice(0, 31)}`;
}

export interface Sender {
  openid: string;
  userId: string;
  side: Side;
}

type Content = { text: string; verdict?: TextVerdict } | { photo: { fileID: string } };

/**
 * Stores a message once. Text passes msgSecCheck first (risky refused before anything is stored; review
 * held: the message is stored without its text, which waits in held_items for an admin, so neither the
 * message nor its feed projection holds it). A photo stays for the sender only until its check's verdict
 * arrives. A message that arrives again with the same client id answers the stored one and does nothing
 * else. The answer is what the sender sees: their held text included.
 */
export async function storeMessage(
  c: ConsultationDoc,
  sender: Sender,
  clientMsgId: string,
  content: Content,
  now: number,
  extra: Partial<MessageDoc> = {},
): Promise<MessageDoc> {
  const id = messageIdOf(c._id, clientMsgId);
  const existing = await getById<MessageDoc>(Collections.messages, id);
  if (existing) return existing;
  const base = { _id: id, consultationId: c._id, clientMsgId, side: sender.side, senderId: sender.userId };
  const what = extra.isDescription ? '咨询描述' : '消息';
  let doc: MessageDoc;
  let held = false;
  if ('text' in content) {
    const verdict = content.verdict ?? (await checkText(sender.openid, content.text, TextScene.social, what));
    held = verdict === 'review';
    const words = held ? {} : { text: content.text };
    const status = held ? 'review' : 'sent';
    doc = { ...base, ...nobody, kind: 'text', ...words, status, createdAt: now, ...extra };
  } else {
    const photoUrl = await tempUrlOf(content.photo.fileID);
    const traceId = await startPhotoCheck(sender.openid, photoUrl);
    doc = {
      ...base,
      ...nobody,
      kind: 'photo',
      fileID: content.photo.fileID,
      photoUrl,
      traceId,
      status: 'checking',
      createdAt: now,
      ...extra,
    };
  }
  Object.assign(doc, readersOf(c, doc));
  try {
    await insert(Collections.messages, doc);
  } catch {
    // The same message raced itself (a retry while the first try was still running): keep the first.
    const first = await getById<MessageDoc>(Collections.messages, id);
    if (first) return first;
    throw new AppError('INTERNAL');
  }
  await publishMessage(doc);
  if (held && 'text' in content) {
    await holdMessageText(c, sender, doc, content.text, now);
    return { ...doc, text: content.text };
  }
  if (doc.status === 'sent') await afterVisible(c, doc, now);
  return doc;
}

/** Keeps a held message's words for an admin (server/moderation), named by who wrote them and where. */
async function holdMessageText(c: ConsultationDoc, sender: Sender, m: MessageDoc, text: string, now: number) {
  const mediator =
    sender.side === 'mediator' ? await getById<{ name: string }>(Collections.mediators, c.mediatorId) : null;
  const name = sender.side === 'resident' ? c.residentName : `调解员 ${mediator?.name ?? ''}`.trim();
  const fieldLabel = m.isDescription ? '咨询描述' : '消息';
  await holdText(
    { id: sender.userId, openid: sender.openid, name },
    {
      kind: m.isDescription ? 'consultation' : 'message',
      targetId: m._id,
      field: 'text',
      fieldLabel,
      value: text,
      context: `咨询 · ${c.disputeType}`,
    },
    now,
  );
}

const nobody: Readers = { residentOpenid: '', mediatorOpenid: '' };

/** Who may read a message: the sender, plus the other side once it passed (and a mediator is assigned). */
export function readersOf(c: ConsultationDoc, m: Pick<MessageDoc, 'side' | 'status'>): Readers {
  const both = m.status === 'sent';
  return {
    residentOpenid: m.side === 'resident' || both ? c.residentOpenid : '',
    mediatorOpenid: m.side === 'mediator' || both ? c.mediatorOpenid : '',
  };
}

/**
 * A message just became visible to the other side: bump their unread count, the list's preview and who is
 * awaited, and notify the resident of a mediator's reply when they are not in the chat.
 */
export async function afterVisible(c: ConsultationDoc, m: MessageDoc, now: number): Promise<void> {
  const _ = command();
  const toResident = m.side === 'mediator';
  await updateById(Collections.consultations, c._id, {
    ...(toResident ? { unreadResident: _.inc(1) } : c.mediatorOpenid ? { unreadMediator: _.inc(1) } : {}),
    awaiting: toResident ? 'resident' : 'mediator',
    lastMessage: previewOf(m),
    lastMessageAt: Math.max(m.createdAt, c.lastMessageAt),
    updatedAt: now,
  });
  await touchConsultation(c, now);
  if (!toResident || now - c.residentActiveAt < PRESENCE_MS) return;
  const mediator = await getById<{ name: string }>(Collections.mediators, c.mediatorId);
  await notify(
    {
      touser: c.residentOpenid,
      purpose: 'consultationReply',
      page: `pages/chat/index?id=${c._id}`,
      data: { thing1: thing(mediator?.name ?? '调解员'), thing2: thing(previewOf(m)), time3: timeField(now) },
    },
    now,
  );
}

/**
 * Applies a check's verdict (image check or an admin's review) to a held message, only from the status it
 * was read in: of two verdicts at once (a double tap, a repeated push) one applies and the other answers
 * null, so the other side's unread count and notification happen once.
 */
export async function decideMessage(
  m: MessageDoc,
  pass: boolean,
  reason: string,
  now: number,
): Promise<MessageDoc | null> {
  const c = await getById<ConsultationDoc>(Collections.consultations, m.consultationId);
  if (!c) throw new AppError('NOT_FOUND', '找不到这次咨询');
  const status = pass ? 'sent' : 'refused';
  const decided: MessageDoc = { ...m, status, ...(pass ? {} : { refusedReason: reason }) };
  Object.assign(decided, readersOf(c, decided));
  const res = (await db()
    .collection(Collections.messages)
    .where({ _id: m._id, status: m.status })
    .update({
      data: {
        status,
        residentOpenid: decided.residentOpenid,
        mediatorOpenid: decided.mediatorOpenid,
        // Held text waits in held_items (server/moderation), not here: approval brings it into the message.
        ...(pass && m.text !== undefined ? { text: m.text } : {}),
        ...(pass ? {} : { refusedReason: reason }),
      },
    })) as unknown as { stats: { updated: number } };
  if (res.stats.updated === 0) return null;
  await publishMessage(decided);
  if (m.isDescription && m.kind === 'text') {
    const description = pass ? (m.text ?? '') : heldTexts.rejected;
    await updateById(Collections.consultations, c._id, { descriptionHeld: false, description });
  }
  if (pass) await afterVisible(c, decided, now);
  return decided;
}
