import type { Message } from '@contracts/consultation';
import type { InboxFilter, TStartInput } from '@contracts/functions/consultation-inputs';
import type { TSendInput } from '@contracts/functions/message';
import type { Outcome } from '@contracts/plain/consultation';
import { callCloud } from './cloud';
import { withIntentKey } from './intent-key';

/** Consultations: asking, the lists, and the mediator's tools. */
export const consultationApi = {
  start: (input: Omit<TStartInput, 'clientKey'>) =>
    withIntentKey('consultation.start', input, (clientKey) =>
      callCloud('consultation', 'start', { ...input, clientKey }),
    ),
  listMine: () => callCloud('consultation', 'listMine', {}),
  get: (consultationId: string) => callCloud('consultation', 'get', { consultationId }),
  inbox: (filter: InboxFilter) => callCloud('consultation', 'inbox', { filter }),
  close: (consultationId: string, outcome: Outcome) =>
    callCloud('consultation', 'close', { consultationId, outcome }),
  rate: (consultationId: string, rating?: number) =>
    callCloud('consultation', 'rate', { consultationId, rating }),
  transcript: (consultationId: string) => callCloud('consultation', 'transcript', { consultationId }),
  saveNote: (consultationId: string, note: string) =>
    callCloud('consultation', 'saveNote', { consultationId, note }),
  quickReplies: () => callCloud('consultation', 'quickReplies', {}),
  saveQuickReply: (input: { id?: string; text: string }) =>
    withIntentKey('consultation.saveQuickReply', input, (clientKey) =>
      callCloud('consultation', 'saveQuickReply', { ...input, clientKey }),
    ),
  deleteQuickReply: (id: string) => callCloud('consultation', 'deleteQuickReply', { id }),
  setOnline: (online: boolean) => callCloud('consultation', 'setOnline', { online }),
};

/** The chat of one consultation. */
export const messageApi = {
  send: (input: TSendInput) => callCloud('message', 'send', input),
  history: (consultationId: string, before?: number) =>
    callCloud('message', 'history', { consultationId, before }),
  markRead: (consultationId: string, leaving?: boolean) =>
    callCloud('message', 'markRead', { consultationId, leaving }),
};

/**
 * A message_feed document as a live watch delivers it, mapped onto the contract's shape: only the named
 * fields are kept (the reader openids are dropped at once).
 */
export function watchedMessage(doc: Record<string, unknown>): Message {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    id: String(doc._id),
    clientMsgId: String(doc.clientMsgId ?? ''),
    consultationId: String(doc.consultationId ?? ''),
    side: doc.side === 'mediator' ? 'mediator' : 'resident',
    kind: doc.kind === 'photo' ? 'photo' : 'text',
    text: str(doc.text),
    photoUrl: doc.status === 'refused' ? undefined : str(doc.photoUrl),
    status: (['sent', 'review', 'checking', 'refused'] as const).find((s) => s === doc.status) ?? 'sent',
    refusedReason: str(doc.refusedReason),
    createdAt: Number(doc.createdAt ?? 0),
  };
}

export { newClientId } from './client-id';
