import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
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

/** How the pool grows and shrinks, like CloudBase's instances of one function. */
export interface PoolOptions {
  /** Workers kept warm even when idle (started by `warm()`). */
  min: number;
  /** Most workers at once; invocations queue beyond that. */
  max: number;
  /**
   * Invocations one worker runs at once (CloudBase's single-instance multi-concurrency). Each has its own
   * environment (see worker.cjs), so identity never crosses invocations; 1 gives one-at-a-time instances.
   */
  concurrency: number;
  /** An idle worker above `min` is retired after this long. */
  idleMs: number;
  /**
   * A new worker starts only once an invocation has waited this long for a free slot. Each worker is a V8
   * isolate that must load and optimise the SDK on its own, and on a 2-core machine extra isolates only add
   * CPU. While this thread (the local cloud's HTTP server and database, which every invocation needs) is busy
   * more than BUSY_LOOP of the time, waiting is a sign of saturation and the pool holds, unless a job has
   * waited 10x this long.
   */
  growAfterMs: number;
  /** Modules each worker requires at start (wx-server-sdk), so no invocation pays for loading them. */
  preload: string[];
  /** The SDK's endpoint and keys: the same for every call, given once at thread start. */
  baseEnv: () => Record<string, string>;
  log?: (message: string) => void;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; ok: true; json: string }
  | { type: 'done'; id: number; ok: false; message: string; stack: string };

interface Pending {
  job: Job;
  queuedAt: number;
  resolve(result: JobResult): void;
}

interface Member {
  worker: Worker;
  /** `draining`: an invocation timed out here (the thread may be stuck), so it takes no new work. */
  state: 'starting' | 'ready' | 'draining' | 'gone';
  running: Map<number, { pending: Pending; timer: NodeJS.Timeout }>;
  idleTimer: NodeJS.Timeout | null;
}

const WORKER_FILE = join(__dirname, 'worker.cjs');
/** Event-loop utilisation of this thread above which more workers would only compete for the CPU. */
const BUSY_LOOP = 0.8;

/**
 * Worker threads that run function invocations. The pool scales like CloudBase's instances: `min` warm workers,
 * more started on demand up to `max` while invocations wait, idle extras retired after `idleMs`; each worker runs
 * up to `concurrency` invocations at once, each in its own environment.
 *
 * Invocations go only to ready workers (thread started, SDK loaded), and the function's timeout clock starts
 * when one is handed over, so a cold start under load never eats the function's time. A timed-out invocation is
 * answered at once; its worker takes no new work and is terminated when its other invocations have ended, as
 * WeChat discards a timed-out instance. A crashed worker fails what it was running and is replaced.
 */
export class WorkerPool {
  private readonly members = new Set<Member>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private growTimer: NodeJS.Timeout | null = null;
  /** Event-loop utilisation at the last growth decision, to measure how busy this thread was since. */
  private loopMark = performance.eventLoopUtilization();

  constructor(private readonly options: PoolOptions) {}

  /** Starts the warm minimum ahead of the first call. */
  warm(): void {
    while (!this.closed && this.active().length < this.options.min) this.spawn();
  }

  /** Workers by state, for tests and the benchmark. */
  stats(): { starting: number; idle: number; busy: number; queued: number } {
    const all = [...this.members];
    return {
      starting: all.filter((m) => m.state === 'starting').length,
      idle: all.filter((m) => m.state === 'ready' && m.running.size === 0).length,
      busy: all.filter((m) => m.running.size > 0).length,
      queued: this.queue.length,
    };
  }

  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.resolve({ kind: 'crash', message: 'function runner stopped' });
    return new Promise<JobResult>((resolve) => {
      this.queue.push({ job, queuedAt: performance.now(), resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.growTimer) clearTimeout(this.growTimer);
    for (const p of this.queue.splice(0)) p.resolve({ kind: 'crash', message: 'function runner stopped' });
    const all = [...this.members];
    for (const m of all) this.retire(m, { kind: 'crash', message: 'function runner stopped' });
    await Promise.all(all.map((m) => m.worker.terminate()));
  }

  /** Workers that take new work or soon will (not draining). */
  private active(): Member[] {
    return [...this.members].filter((m) => m.state === 'starting' || m.state === 'ready');
  }

  /**
   * Hands queued jobs to ready workers with a free slot, then starts workers for jobs that waited
   * `growAfterMs` (or at once when no worker exists), one per such job beyond those already starting.
   */
  private dispatch(): void {
    for (const m of this.members) {
      while (this.queue.length > 0 && m.state === 'ready' && m.running.size < this.options.concurrency) {
        this.start(m, this.queue.shift() as Pending);
      }
    }
    if (this.closed || this.queue.length === 0) return;
    const now = performance.now();
    const active = this.active();
    const overdue = active.length === 0 ? this.queue.length : this.overdue(now);
    const starting = active.filter((m) => m.state === 'starting').length;
    const wantedWorkers = Math.ceil(overdue / this.options.concurrency) - starting;
    for (let wanted = wantedWorkers; wanted > 0 && this.active().length < this.options.max; wanted--)
      this.spawn();
    if (!this.growTimer && this.active().length < this.options.max) {
      const head = this.queue[0] as Pending;
      this.growTimer = setTimeout(
        () => {
          this.growTimer = null;
          this.dispatch();
        },
        Math.max(1, this.options.growAfterMs - (now - head.queuedAt)),
      );
      this.growTimer.unref();
    }
  }

  /** Jobs that waited long enough to justify a new worker (none while this thread is saturated). */
  private overdue(now: number): number {
    const grow = this.options.growAfterMs;
    const waited = (p: Pending) => now - p.queuedAt;
    if (waited(this.queue[0] as Pending) < grow) return 0;
    const loop = performance.eventLoopUtilization(this.loopMark);
    // A window of about a second: recent enough to follow the load, long enough to mean something.
    if (loop.idle + loop.active > 1000) this.loopMark = performance.eventLoopUtilization();
    const limit = loop.utilization > BUSY_LOOP ? grow * 10 : grow;
    return this.queue.filter((p) => waited(p) >= limit).length;
  }

  private start(m: Member, pending: Pending): void {
    if (m.idleTimer) clearTimeout(m.idleTimer);
    m.idleTimer = null;
    const id = this.nextId++;
    const timer = setTimeout(() => this.timeOut(m, id), pending.job.timeoutMs);
    m.running.set(id, { pending, timer });
    m.worker.postMessage({ id, ...pending.job });
  }

  private spawn(): void {
    // The host's own WX_* identity (a test process may set one) must never reach a function's context.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('WX_')));
    const worker = new Worker(WORKER_FILE, {
      env: { ...inherited, ...this.options.baseEnv() },
      // Functions are built JavaScript: no tsx loader (and its hooks thread) in every worker.
      execArgv: [],
      workerData: { preload: this.options.preload },
      stdout: false,
    });
    worker.unref();
    const m: Member = { worker, state: 'starting', running: new Map(), idleTimer: null };
    this.members.add(m);
    worker.on('message', (msg: WorkerMessage) => this.onMessage(m, msg));
    worker.on('error', (error: Error) => this.onExit(m, error.message));
    worker.on('exit', (code: number) => this.onExit(m, `function process exited with code ${code}`));
  }

  private onMessage(m: Member, msg: WorkerMessage): void {
    if (m.state === 'gone') return;
    if (msg.type === 'ready') {
      m.state = 'ready';
      this.settle(m);
      return;
    }
    const running = m.running.get(msg.id);
    if (!running) return;
    clearTimeout(running.timer);
    m.running.delete(msg.id);
    running.pending.resolve(
      msg.ok ? { kind: 'ok', json: msg.json } : { kind: 'error', message: msg.message, stack: msg.stack },
    );
    this.settle(m);
  }

  /** After a worker finished something: end a drained worker, give out queued work, or start the idle clock. */
  private settle(m: Member): void {
    if (m.state === 'draining') {
      if (m.running.size === 0) this.retire(m, null);
      return;
    }
    this.dispatch();
    if (m.running.size > 0 || this.members.size <= this.options.min || m.idleTimer) return;
    m.idleTimer = setTimeout(() => {
      m.idleTimer = null;
      if (m.state !== 'ready' || m.running.size > 0 || this.active().length <= this.options.min) return;
      this.retire(m, null);
    }, this.options.idleMs);
    m.idleTimer.unref();
  }

  /** An invocation ran out of time: answer it, and stop giving its worker work (its thread may be stuck). */
  private timeOut(m: Member, id: number): void {
    const running = m.running.get(id);
    if (!running || m.state === 'gone') return;
    m.running.delete(id);
    running.pending.resolve({ kind: 'timeout' });
    m.state = 'draining';
    if (m.running.size === 0) this.retire(m, null);
    this.warm();
    this.dispatch();
  }

  /** A worker died on its own (an uncaught error, process.exit in a function, a failed start). */
  private onExit(m: Member, message: string): void {
    if (m.state === 'gone') return;
    const wasStarting = m.state === 'starting';
    this.retire(m, { kind: 'crash', message });
    if (this.closed) return;
    this.options.log?.(`function worker ${wasStarting ? 'failed to start' : 'died'}: ${message}`);
    // A worker that cannot even start would be replaced forever: fail one waiting job per failed start instead.
    if (wasStarting) this.queue.shift()?.resolve({ kind: 'crash', message });
    this.warm();
    this.dispatch();
  }

  /** Takes a worker out of the pool and terminates it, answering what it still runs with `result`. */
  private retire(m: Member, result: JobResult | null): void {
    if (m.idleTimer) clearTimeout(m.idleTimer);
    m.idleTimer = null;
    m.state = 'gone';
    this.members.delete(m);
    for (const { pending, timer } of m.running.values()) {
      clearTimeout(timer);
      pending.resolve(result ?? { kind: 'crash', message: 'function worker retired' });
    }
    m.running.clear();
    void m.worker.terminate();
  }
}
