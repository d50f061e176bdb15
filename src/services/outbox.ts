import type { Message } from '@contracts/consultation';
import Taro from '@tarojs/taro';
import { uploadChatPhoto } from './chat-upload';
import { messageApi } from './consultation';
import { CloudActionError } from './errors';
import type { PickedPhoto } from './pick-photos';

/** A message the user sent that the server has not confirmed yet, or refused. */
export interface OutboxItem {
  clientMsgId: string;
  consultationId: string;
  text?: string;
  photo?: PickedPhoto & { fileID?: string };
  createdAt: number;
  state: 'pending' | 'refused';
  error?: string;
}

const KEY = 'pmr:outbox';
const RETRY_MS = 5000;

let items: OutboxItem[] = load();
let flushing = false;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<(sent?: Message) => void>();

function load(): OutboxItem[] {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    return Array.isArray(raw) ? (raw as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

function save(): void {
  try {
    Taro.setStorageSync(KEY, items);
  } catch {
    // Storage full: the queue still lives in memory until the app closes.
  }
  for (const l of listeners) l();
}

/**
 * Sends the queue in order. A network failure stops the round and schedules a retry (the same clientMsgId
 * goes again, so the server stores it once); a refusal marks the item so the sender sees it and why.
 */
async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (const item of items.filter((i) => i.state === 'pending')) {
      try {
        if (item.photo && !item.photo.fileID) {
          item.photo.fileID = await uploadChatPhoto(item.photo);
          save();
        }
        const base = { consultationId: item.consultationId, clientMsgId: item.clientMsgId };
        const sent = await messageApi.send(
          item.photo?.fileID
            ? { ...base, photo: { fileID: item.photo.fileID, size: item.photo.size } }
            : { ...base, text: item.text ?? '' },
        );
        items = items.filter((i) => i.clientMsgId !== item.clientMsgId);
        save();
        for (const l of listeners) l(sent);
      } catch (error) {
        if (error instanceof CloudActionError) {
          item.state = 'refused';
          item.error = error.message;
          save();
          continue;
        }
        schedule();
        return;
      }
    }
  } finally {
    flushing = false;
  }
}

function schedule(): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    void flush();
  }, RETRY_MS);
}

let watchingNetwork = false;
function watchNetwork(): void {
  if (watchingNetwork) return;
  watchingNetwork = true;
  if (process.env.TARO_ENV === 'h5') window.addEventListener('online', () => void flush());
  else Taro.onNetworkStatusChange((res) => res.isConnected && void flush());
}

/** The offline outbox: every message goes through it, so nothing typed is ever lost. */
export const outbox = {
  add(item: Omit<OutboxItem, 'state' | 'createdAt'>): void {
    watchNetwork();
    items = [...items, { ...item, state: 'pending', createdAt: Date.now() }];
    save();
    void flush();
  },
  /** Sends what an earlier session left behind, e.g. when the chat opens. */
  resume(): void {
    watchNetwork();
    void flush();
  },
  retry(clientMsgId: string): void {
    items = items.map((i) =>
      i.clientMsgId === clientMsgId ? { ...i, state: 'pending', error: undefined } : i,
    );
    save();
    void flush();
  },
  remove(clientMsgId: string): void {
    items = items.filter((i) => i.clientMsgId !== clientMsgId);
    save();
  },
  of(consultationId: string): OutboxItem[] {
    return items.filter((i) => i.consultationId === consultationId);
  },
  /** Called on every change; with the server's message when one was confirmed. */
  subscribe(listener: (sent?: Message) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
