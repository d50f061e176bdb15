import type { Visit } from '@contracts/team/models';
import Taro from '@tarojs/taro';
import { newClientId } from './client-id';
import { CloudActionError } from './errors';
import type { Readings } from './location';
import { uploadOwnFile } from './upload';
import { visitApi } from './visit';

/**
 * A check-in or sign-out taken on the phone and not yet accepted by the function: kept in storage with its
 * original time, readings and photo, so a member in a village without signal loses nothing. `refused` keeps
 * what the function answered, for the member to read.
 */
export interface PendingStamp {
  clientKey: string;
  kind: 'checkIn' | 'checkOut';
  villageId: string;
  villageName: string;
  /** The visit to sign out of; for a check-in still in the queue, its client key until it is sent. */
  visitId?: string;
  afterKey?: string;
  readings: Readings;
  clientAt: number;
  photoPath: string;
  photoFileId?: string;
  state: 'pending' | 'refused';
  error?: string;
}

const KEY = 'pmr:visit-outbox';
const RETRY_MS = 15_000;

let items: PendingStamp[] = load();
let flushing = false;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<(sent?: Visit) => void>();

function load(): PendingStamp[] {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    return Array.isArray(raw) ? (raw as PendingStamp[]) : [];
  } catch {
    return [];
  }
}

function save(sent?: Visit): void {
  try {
    Taro.setStorageSync(KEY, items);
  } catch {
    // Storage full: the queue still lives in memory until the app closes.
  }
  for (const l of listeners) l(sent);
}

async function sendOne(item: PendingStamp): Promise<Visit> {
  if (!item.photoFileId) {
    item.photoFileId = (
      await uploadOwnFile('visit', item.photoPath, '照片没传上去，恢复网络后会自动补传')
    ).fileID;
    save();
  }
  const stamp = {
    system: item.readings.system,
    samples: item.readings.samples,
    photoFileId: item.photoFileId,
    clientAt: item.clientAt,
    sentAt: Date.now(),
    clientKey: item.clientKey,
  };
  if (item.kind === 'checkIn') return visitApi.checkIn({ villageId: item.villageId, ...stamp });
  const visitId = item.visitId;
  if (!visitId) throw new CloudActionError('NOT_FOUND', '签到还没有补传成功，签退无法发送');
  return visitApi.checkOut({ visitId, ...stamp });
}

/**
 * Sends the queue in order. No network stops the round and tries again later (the same client key goes
 * again, so the function makes one visit); a refusal keeps the item with the reason.
 */
export async function flushVisitOutbox(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (const item of items.filter((i) => i.state === 'pending')) {
      try {
        const visit = await sendOne(item);
        // A sign-out queued behind this check-in now knows its visit.
        for (const later of items) if (later.afterKey === item.clientKey) later.visitId = visit.id;
        items = items.filter((i) => i.clientKey !== item.clientKey);
        save(visit);
      } catch (error) {
        if (!(error instanceof CloudActionError)) {
          schedule();
          return;
        }
        item.state = 'refused';
        item.error = error.message;
        save();
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
    void flushVisitOutbox();
  }, RETRY_MS);
}

/** Queues a stamp just taken (it keeps the time it was taken) and tries to send it at once. */
export function queueStamp(stamp: Omit<PendingStamp, 'clientKey' | 'state'>): PendingStamp {
  const item: PendingStamp = { ...stamp, clientKey: newClientId(), state: 'pending' };
  items = [...items, item];
  save();
  void flushVisitOutbox();
  return item;
}

export function pendingStamps(): PendingStamp[] {
  return items;
}

/** Drops a refused stamp once the member has read why. */
export function dismissStamp(clientKey: string): void {
  items = items.filter((i) => i.clientKey !== clientKey);
  save();
}

/** Follows the queue: called on every change, with the visit when a stamp was accepted. */
export function onVisitOutbox(listener: (sent?: Visit) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A network that comes back sends what waited (a browser says so with its `online` event).
if (process.env.TARO_ENV === 'h5') {
  window.addEventListener('online', () => void flushVisitOutbox());
} else {
  Taro.onNetworkStatusChange((res) => {
    if (res.isConnected) void flushVisitOutbox();
  });
}
