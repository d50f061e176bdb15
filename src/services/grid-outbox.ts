import type { TReportInput } from '@contracts/functions/gridevent-inputs';
import type { GridEventDetail } from '@contracts/grid/models';
import Taro from '@tarojs/taro';
import { newClientId } from './client-id';
import { CloudActionError, CloudTransportError } from './errors';
import { gridEventApi } from './gridevent';
import { uploadOwnFile } from './upload';

/**
 * A report waiting to reach the server: kept on the phone with the time and place it was made, its photos
 * as local files until they are uploaded. Its clientKey is made once, so a report sent twice (a retry after
 * a lost answer) is one event on the server.
 */
export interface PendingReport {
  input: Omit<TReportInput, 'photos' | 'clientKey'>;
  clientKey: string;
  photoPaths: string[];
  /** Uploaded so far, by local path, so a retry does not upload a photo twice. */
  uploaded: Record<string, string>;
}

const KEY = 'pmr:grid-outbox';

function load(): PendingReport[] {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    return Array.isArray(raw) ? (raw as PendingReport[]) : [];
  } catch {
    return [];
  }
}

function save(items: PendingReport[]): void {
  Taro.setStorageSync(KEY, items);
}

/** Reports kept on this phone that have not reached the server yet. */
export function pendingReports(): PendingReport[] {
  return load();
}

/** Keeps a new report on the phone before anything is sent, so a lost network loses nothing. */
export function keepReport(input: PendingReport['input'], photoPaths: string[]): PendingReport {
  const item: PendingReport = { input, clientKey: newClientId(), photoPaths, uploaded: {} };
  save([...load(), item]);
  return item;
}

function update(item: PendingReport): void {
  save(load().map((i) => (i.clientKey === item.clientKey ? item : i)));
}

function drop(item: PendingReport): void {
  save(load().filter((i) => i.clientKey !== item.clientKey));
}

/**
 * Sends one kept report: photos first, then the report. Answers the event, or throws: a transport failure
 * keeps the report for later; a refusal (a field to correct) drops it, and the message says what to fix.
 */
export async function sendReport(item: PendingReport): Promise<GridEventDetail> {
  for (const path of item.photoPaths) {
    if (item.uploaded[path]) continue;
    const up = await uploadOwnFile('grid-event', path, '照片没传上去，已保存，联网后再补报');
    item.uploaded[path] = up.fileID;
    update(item);
  }
  try {
    const event = await gridEventApi.report({
      ...item.input,
      clientKey: item.clientKey,
      photos: item.photoPaths.map((p) => item.uploaded[p] as string),
    });
    drop(item);
    return event;
  } catch (error) {
    if (error instanceof CloudActionError) {
      drop(item);
      throw error;
    }
    throw error instanceof CloudTransportError ? error : new CloudTransportError();
  }
}

/** Sends every kept report that can go now; answers how many arrived and why any was refused. */
export async function sendKeptReports(): Promise<{ sent: number; refused: string[] }> {
  const result = { sent: 0, refused: [] as string[] };
  for (const item of load()) {
    try {
      await sendReport(item);
      result.sent += 1;
    } catch (error) {
      if (error instanceof CloudTransportError) break;
      result.refused.push(error instanceof CloudActionError ? error.message : '补报没有成功');
    }
  }
  return result;
}
