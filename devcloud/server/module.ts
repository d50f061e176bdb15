import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The fields of an admin request after decoding (JSON body, or multipart for `wx.openApi`). */
export type AdminParams = Record<string, unknown> & { action: string };

/** Handles one admin action; its return value becomes the response body (a `requestId` is added). */
export type AdminHandler = (params: AdminParams, files: Record<string, Buffer>) => Promise<unknown> | unknown;

/** A plain HTTP route of the local cloud (storage downloads, the h5 gateway, realtime streams). */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the start of the URL path. */
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> | void;
}

/** A change committed to a collection; the realtime channel re-evaluates subscriptions on it. */
export interface ChangeEvent {
  collection: string;
  ids: string[];
}

/** What every module of the local cloud may use. Built once by `startDevCloud`. */
export interface DevCloudContext {
  envId: string;
  /** Folder for the SQLite file, storage files and the outbox. */
  dataDir: string;
  /** Root of the repository: `cloudfunctions/`, `database/collections.json` live below it. */
  rootDir: string;
  /** Filled in once the server listens, e.g. http://127.0.0.1:43123 */
  baseUrl: string;
  /** Emits 'change' with a ChangeEvent after every committed write. */
  events: EventEmitter;
  log(level: 'info' | 'warn' | 'error', message: string): void;
}

/** A part of the local cloud: its admin actions, its routes, and what to do at start and stop. */
export interface DevCloudModule {
  name: string;
  adminActions?: Record<string, AdminHandler>;
  routes?: Route[];
  start?(): Promise<void> | void;
  stop?(): Promise<void> | void;
}

/** Read access to the database for other modules of the local cloud (realtime, gateway). */
export interface DocumentReader {
  /** Runs a MongoDB filter on a collection, as `where(filter).orderBy(..).limit(..).get()` would. */
  find(
    collection: string,
    filter: Record<string, unknown>,
    options?: { sort?: Record<string, 1 | -1>; limit?: number },
  ): Record<string, unknown>[];
}

/** Who calls a function: what WeChat puts into the function's environment and `event.userInfo`. */
export interface Caller {
  openid?: string;
  appid?: string;
  unionid?: string;
}

/** How an invocation ended, in the terms `wx.cloud.callFunction` reports. */
export type InvokeOutcome =
  | { ok: true; result: unknown; durationMs: number }
  | { ok: false; errCode: number; errMsg: string; durationMs: number };

/**
 * How an invocation was started: by a client (`wx.cloud.callFunction`, the default: the event gets
 * `userInfo`), or by WeChat's message push (`push`: the event is the push's JSON as it is, and only the
 * context carries the identity, from its `FromUserName`).
 */
export interface InvokeOptions {
  push?: boolean;
}

/** Runs deployable function folders as WeChat's cloud does. */
export interface FunctionInvoker {
  invoke(name: string, event: unknown, caller: Caller, options?: InvokeOptions): Promise<InvokeOutcome>;
}
