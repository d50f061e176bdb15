import type { Side } from '@contracts/consultation';
import Taro, { usePageScroll } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatState } from './useChat';

/** Ids of the empty mark after the last message and of the sticky bar under the thread. */
export const CHAT_END_ID = 'chat-end';
export const CHAT_FOOT_ID = 'chat-foot';

/** The element id of one row of the thread (a message id or an unsent message's client id). */
export const rowId = (key: string) => `msg-${key}`;

/** Within this many px of the input bar the reader counts as reading the newest message. */
const SLACK_PX = 48;

/** The newest thing in the thread (an unsent message of the reader's is always last) and whose it is. */
function latestOf(chat: ChatState, side: Side): { key: string; mine: boolean } | undefined {
  const pending = chat.pending[chat.pending.length - 1];
  if (pending) return { key: pending.clientMsgId, mine: true };
  const m = chat.messages[chat.messages.length - 1];
  return m ? { key: m.id, mine: m.side === side } : undefined;
}

/** Rectangles of elements by id, in the order asked; null for one not on the page. */
function rectsOf(ids: string[]): Promise<Array<{ top: number } | null>> {
  const query = Taro.createSelectorQuery();
  for (const id of ids) query.select(`#${id}`).boundingClientRect();
  return new Promise((resolve) => query.exec(resolve));
}

/** Where the input bar begins on screen (the window's bottom when there is no bar). */
const barTop = (foot: { top: number } | null | undefined) =>
  foot ? foot.top : Taro.getSystemInfoSync().windowHeight;

function scrollToEnd(): void {
  // After the render that added the message has reached the screen (weapp renders in another thread).
  Taro.nextTick(() => void Taro.pageScrollTo({ scrollTop: 1e7, duration: 0 }).catch(() => undefined));
}

export interface ScrollToLatest {
  /** A message arrived while the reader was scrolled up: show the 有新消息 pill. */
  unseen: boolean;
  /** Scrolls to the newest message (the pill's tap). */
  jump: () => void;
  /** Something in the thread grew (a photo loaded): stay at the newest if the reader was there. */
  onContentGrew: () => void;
}

/**
 * Keeps a chat at its newest message: opens there once the thread is on screen, follows the reader's own
 * sends always and the other side's messages while the reader is at the bottom; a reader who scrolled up
 * to read older messages is not pulled away but told with a pill. Older pages loaded at the top do not
 * count as new.
 */
export function useScrollToLatest(chat: ChatState, side: Side): ScrollToLatest {
  const atBottom = useRef(true);
  const seenKey = useRef<string>();
  const [unseen, setUnseen] = useState(false);
  const jump = useCallback(() => {
    atBottom.current = true;
    setUnseen(false);
    scrollToEnd();
  }, []);

  const ready = chat.consultation !== undefined;
  const latest = latestOf(chat, side);
  const latestKey = latest?.key;
  const latestMine = latest?.mine;
  useEffect(() => {
    if (!ready || !latestKey || latestKey === seenKey.current) return;
    const opening = seenKey.current === undefined;
    seenKey.current = latestKey;
    if (opening || latestMine) return jump();
    // Where the new message begins is where the thread ended before it: in sight means the reader was there.
    void rectsOf([rowId(latestKey), CHAT_FOOT_ID]).then(([row, foot]) => {
      if (row && row.top <= barTop(foot) + SLACK_PX) jump();
      else setUnseen(true);
    });
  }, [ready, latestKey, latestMine, jump]);

  usePageScroll(() => {
    void rectsOf([CHAT_END_ID, CHAT_FOOT_ID]).then(([end, foot]) => {
      if (!end) return;
      atBottom.current = end.top <= barTop(foot) + SLACK_PX;
      if (atBottom.current) setUnseen(false);
    });
  });

  const onContentGrew = useCallback(() => {
    if (atBottom.current) scrollToEnd();
  }, []);
  return { unseen, jump, onContentGrew };
}
