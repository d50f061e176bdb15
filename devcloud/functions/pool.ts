import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** One invocation handed to a worker. */
export interface Job {
  entry: string;
  mtimeMs: number;
  event: unknown;
  context: Record<string, unknown>;
  /** Written into the worker's own process.env before `main` runs. */
  env: Record<string, string>;
  timeoutMs: number;
}

/** How a job ended inside the worker. */
export type JobResult =
  | { kind: 'ok'; json: string }
  | { kind: 'error'; message: string; stack: string }
  | { kind: 'timeout' }
  | { kind: 'crash'; message: string };

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface WorkerReply {
  id: number;
  ok: boolean;
  json?: string;
  message?: string;
  stack?: string;
}

const WORKER_FILE = join(__dirname, 'worker.cjs');

/**
 * A fixed pool of worker threads, each running one invocation at a time (identity lives in the worker's env, so
 * two invocations must never share a worker concurrently). Jobs queue when all workers are busy. A timed-out or
 * crashed worker is terminated and replaced, as WeChat discards a timed-out function instance.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly baseEnv: () => Record<string, string>,
  ) {}

  /** Starts the workers ahead of the first call so it does not pay the thread start-up. */
  warm(): void {
    while (this.slots.length < this.size) this.slots.push({ worker: this.spawn(), busy: false });
  }

  async run(job: Job): Promise<JobResult> {
    const slot = await this.acquire();
    try {
      return await this.execute(slot, job);
    } finally {
      slot.busy = false;
      this.queue.shift()?.();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private spawn(): Worker {
    // The SDK's endpoint and keys are the same for every call: give them once, at thread start.
    // The host's own WX_* identity (a test process may set one) must never reach a function's context.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WX_')));
    const worker = new Worker(WORKER_FILE, { env: { ...inherited, ...this.baseEnv() }, stdout: false });
    worker.unref();
    return worker;
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('function runner stopped');
      if (this.slots.length < this.size) this.warm();
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((wake) => this.queue.push(wake));
    }
  }

  private execute(slot: Slot, job: Job): Promise<JobResult> {
    const id = this.nextId++;
    const { worker } = slot;
    return new Promise<JobResult>((resolve) => {
      const done = (result: JobResult, replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (replace) {
          void worker.terminate();
          if (!this.closed) slot.worker = this.spawn();
        }
        resolve(result);
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (reply.ok) done({ kind: 'ok', json: reply.json ?? 'null' }, false);
        else done({ kind: 'error', message: reply.message ?? '', stack: reply.stack ?? '' }, false);
      };
      const onError = (error: Error) => done({ kind: 'crash', message: error.message }, true);
      const onExit = (code: number) =>
        done({ kind: 'crash', message: `function process exited with code ${code}` }, true);
      const timer = setTimeout(() => done({ kind: 'timeout' }, true), job.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, ...job });
    });
  }
}
