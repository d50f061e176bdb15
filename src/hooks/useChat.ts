import type { Consultation, Message, Side } from '@contracts/consultation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { consultationApi, messageApi, watchedMessage } from '@/services/consultation';
import { type OutboxItem, outbox } from '@/services/outbox';
import { useWatch, type WatchStatus } from './useWatch';

export interface ChatState {
  consultation: Consultation | undefined;
  messages: Message[];
  pending: OutboxItem[];
  error: unknown;
  hasMore: boolean;
  loadOlder: () => void;
  reload: () => void;
  /** `polling` when the live channel was refused: the page says new messages may take a few seconds. */
  live: WatchStatus;
}

const PRESENCE_BEAT_MS = 30_000;

/**
 * One consultation's chat, live: the newest page from the function, then every change from the watch (the
 * other side's messages, image verdicts, read marks). If the watch is refused, the newest page of
 * `message.history` is polled instead. Marks read on open, on arrivals and every half minute, which also tells
 * the server the resident is here (no notification needed); marks leaving on close.
 */
export function useChat(id: string, side: Side): ChatState {
  const [consultation, setConsultation] = useState<Consultation>();
  const [byId, setById] = useState<Map<string, Message>>(new Map());
  const [pending, setPending] = useState<OutboxItem[]>(() => outbox.of(id));
  const [error, setError] = useState<unknown>();
  const [hasMore, setHasMore] = useState(false);
  const [round, setRound] = useState(0);
  const lastOther = useRef(0);

  const merge = useCallback((list: Message[]) => {
    setById((prev) => {
      const next = new Map(prev);
      // Held text is never in a watched document (it waits in held_items): keep the words the sender has.
      for (const m of list) next.set(m.id, m.text === undefined ? { ...m, text: prev.get(m.id)?.text } : m);
      return next;
    });
  }, []);
  const refresh = useCallback(() => {
    consultationApi.get(id).then(setConsultation, setError);
  }, [id]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload trigger
  useEffect(() => {
    setError(undefined);
    refresh();
    messageApi.history(id).then((page) => {
      merge(page.items);
      setHasMore(page.hasMore);
    }, setError);
    outbox.resume();
    const unsubscribe = outbox.subscribe((sent) => {
      if (sent) merge([sent]);
      setPending(outbox.of(id));
    });
    void messageApi.markRead(id).catch(() => undefined);
    const beat = setInterval(() => void messageApi.markRead(id).catch(() => undefined), PRESENCE_BEAT_MS);
    return () => {
      unsubscribe();
      clearInterval(beat);
      void messageApi.markRead(id, true).catch(() => undefined);
    };
  }, [id, round]);

  const ownField = side === 'resident' ? 'residentOpenid' : 'mediatorOpenid';
  const arrived = useCallback(
    (list: Message[]) => {
      merge(list);
      const newest = Math.max(0, ...list.filter((m) => m.side !== side).map((m) => m.createdAt));
      if (newest > lastOther.current) {
        lastOther.current = newest;
        void messageApi.markRead(id).catch(() => undefined);
      }
    },
    [id, side, merge],
  );
  const messagesLive = useWatch(
    {
      collection: 'message_feed',
      where: { consultationId: id, [ownField]: '{openid}' },
      orderBy: ['createdAt', 'desc'],
      limit: 30,
    },
    `messages:${id}:${round}`,
    (docs) => arrived(docs.map(watchedMessage)),
    () => void messageApi.history(id).then((page) => arrived(page.items), setError),
  );
  const consultationLive = useWatch(
    { collection: 'consultation_feed', where: { _id: id, [ownField]: '{openid}' } },
    `consultation:${id}:${round}`,
    refresh,
    refresh,
  );

  const messages = [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
  const loadOlder = useCallback(() => {
    const oldest = messages[0];
    if (!oldest) return;
    messageApi.history(id, oldest.createdAt).then((page) => {
      merge(page.items);
      setHasMore(page.hasMore);
    }, setError);
  }, [id, messages, merge]);

  const confirmed = new Set(messages.map((m) => m.clientMsgId));
  return {
    consultation,
    messages,
    pending: pending.filter((p) => !confirmed.has(p.clientMsgId)),
    error,
    hasMore,
    loadOlder,
    reload: () => setRound((n) => n + 1),
    live: messagesLive === 'live' && consultationLive === 'live' ? 'live' : 'polling',
  };
}
