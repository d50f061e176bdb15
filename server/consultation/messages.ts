import { createHash } from 'node:crypto';
import type { Side } from '@contracts/consultation';
import { heldTexts } from '@contracts/moderation';
import { AppError } from '../app-error';
import { Collections } from '../collections';
import { checkText, TextScene, type TextVerdict } from '../content-security';
import { command, getById, insert, updateById } from '../db';
import { holdText } from '../moderation/hold';
import { notify, thing, timeField } from '../notify';
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
 * held: the message is stored without its text, which waits in held_items for an admin, so no document a
 * client can read holds it). A photo stays for the sender only until its check's verdict arrives. A
 * message that arrives again with the same client id answers the stored one and does nothing else. The
 * answer is what the sender sees: their held text included.
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
    doc = {
      ...base,
      kind: 'text',
      ...(held ? {} : { text: content.text }),
      status: held ? 'review' : 'sent',
      visibleTo: [],
      createdAt: now,
      ...extra,
    };
  } else {
    const photoUrl = await tempUrlOf(content.photo.fileID);
    const traceId = await startPhotoCheck(sender.openid, photoUrl);
    doc = {
      ...base,
      kind: 'photo',
      fileID: content.photo.fileID,
      photoUrl,
      traceId,
      status: 'checking',
      visibleTo: [],
      createdAt: now,
      ...extra,
    };
  }
  doc.visibleTo = audienceOf(c, doc);
  try {
    await insert(Collections.messages, doc);
  } catch {
    // The same message raced itself (a retry while the first try was still running): keep the first.
    const first = await getById<MessageDoc>(Collections.messages, id);
    if (first) return first;
    throw new AppError('INTERNAL');
  }
  if (held && 'text' in content) {
    const mediator =
      sender.side === 'mediator'
        ? await getById<{ name: string }>(Collections.mediators, c.mediatorId)
        : null;
    const name = sender.side === 'resident' ? c.residentName : `调解员 ${mediator?.name ?? ''}`.trim();
    const writer = { id: sender.userId, openid: sender.openid, name };
    const kind = extra.isDescription ? 'consultation' : 'message';
    const context = `咨询 · ${c.disputeType}`;
    const hold = {
      kind,
      targetId: id,
      field: 'text',
      fieldLabel: what,
      value: content.text,
      context,
    } as const;
    await holdText(writer, hold, now);
    return { ...doc, text: content.text };
  }
  if (doc.status === 'sent') await afterVisible(c, doc, now);
  return doc;
}

/** Who may read a message: the sender, plus the other side once it passed and a mediator is assigned. */
export function audienceOf(c: ConsultationDoc, m: Pick<MessageDoc, 'side' | 'status'>): string[] {
  const sender = m.side === 'resident' ? c.residentOpenid : c.mediatorOpenid;
  const other = m.side === 'resident' ? c.mediatorOpenid : c.residentOpenid;
  return m.status === 'sent' && other ? [sender, other] : [sender];
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

/** Applies a check's verdict (image check or an admin's review) to a held message. */
export async function decideMessage(
  m: MessageDoc,
  pass: boolean,
  reason: string,
  now: number,
): Promise<MessageDoc> {
  const c = await getById<ConsultationDoc>(Collections.consultations, m.consultationId);
  if (!c) throw new AppError('NOT_FOUND', '找不到这次咨询');
  const status = pass ? 'sent' : 'refused';
  const decided: MessageDoc = { ...m, status, ...(pass ? {} : { refusedReason: reason }) };
  decided.visibleTo = audienceOf(c, decided);
  // Held text waits in held_items (server/moderation), not here: approval brings it into the message.
  await updateById(Collections.messages, m._id, {
    status,
    visibleTo: command().set(decided.visibleTo),
    ...(pass && m.text !== undefined ? { text: m.text } : {}),
    ...(pass ? {} : { refusedReason: reason }),
  });
  if (m.isDescription && m.kind === 'text') {
    const description = pass ? (m.text ?? '') : heldTexts.rejected;
    await updateById(Collections.consultations, c._id, { descriptionHeld: false, description });
  }
  if (pass) await afterVisible(c, decided, now);
  return decided;
}
