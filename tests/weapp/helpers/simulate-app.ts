import { join } from 'node:path';
import { clientDatabase, type RealtimeAccess } from './client-database';

type Fn = (...args: unknown[]) => unknown;
type Options = Record<string, unknown>;

export interface CallFunctionAnswer {
  result?: unknown;
  errMsg: string;
}

/**
 * The little of miniprogram-simulate the tests use. Its own typings pull in miniprogram-api-typings, whose
 * global `require` would break `require.main` checks across the whole project, so they are not imported.
 */
export interface SimulatedPage {
  dom: { textContent: string | null } | undefined;
  attach(parent: unknown): void;
  detach(): void;
  instance: Record<string, unknown>;
}

interface Simulate {
  load(path: string, options: { rootPath: string }): string;
  render(id: string): SimulatedPage;
}

interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { pretendToBeVisual: boolean },
  ) => { window: Window & Record<string, unknown> };
}

/** What the simulated app talks to: its functions, and the realtime channel behind `database().watch()`. */
export interface SimulatedBackend {
  callFunction(name: string, data: unknown): Promise<CallFunctionAnswer>;
  /** Without it `wx.cloud.database()` does not exist, as before cloud init. */
  realtime?: RealtimeAccess;
}

export interface SimulatedApp {
  /** Renders a page of the build, e.g. 'pages/home/index', attached to the document like a real page. */
  renderPage(route: string, query?: Record<string, string>): SimulatedPage;
  /**
   * Unloads every page (their effects stop: timers, watches) and answers no further cloud call. Call it in an
   * afterAll declared before the cloud's (jest runs afterAll hooks in declaration order).
   */
  close(): Promise<void>;
}

/**
 * Runs Taro's real weapp output (dist/) in miniprogram-simulate. WeChat's globals are shimmed: a jsdom
 * window, `App`/`getApp` (Taro's app mounts React in onLaunch), `Page` mapped onto `Component` (simulate
 * only knows components), `getCurrentPages`, `wx.cloud.callFunction` answered by the backend's function, and
 * `wx.cloud.database().collection(..).watch()` served by the local cloud's realtime channel (see
 * client-database.ts). One app per test file: Taro keeps module state in the global `wx`.
 */
export function startSimulatedApp(distDir: string, backend: SimulatedBackend): SimulatedApp {
  const { JSDOM } = require('jsdom') as JsdomModule;
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    pretendToBeVisual: true,
  });
  const g = globalThis as unknown as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'navigator',
    'Node',
    'HTMLElement',
    'Element',
    'Event',
    'CustomEvent',
  ]) {
    g[key] = key === 'window' ? dom.window : dom.window[key];
  }
  g.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0);

  const simulate = require('miniprogram-simulate') as Simulate;
  const wx = g.wx as Record<string, unknown>;
  let closed = false;
  const inFlight = new Set<Promise<unknown>>();
  wx.cloud = {
    init() {},
    // After close() a page's last calls (e.g. on unload) get no answer, as from a phone that went away.
    callFunction: ({ name, data }: { name: string; data: unknown }) => {
      if (closed) return new Promise<never>(() => undefined);
      const call = backend.callFunction(name, data);
      inFlight.add(call);
      const settled = () => inFlight.delete(call);
      call.then(settled, settled);
      return call;
    },
    ...(backend.realtime ? { database: () => clientDatabase(backend.realtime as RealtimeAccess) } : {}),
  };

  const pages: Options[] = [];
  let app: Options = {};
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  g.App = (options: Options) => {
    app = options;
  };
  const Component = g.Component as (options: Options) => void;
  // A page is a component whose lifetimes call the page hooks Taro registered.
  g.Page = (options: Options) => {
    const methods: Record<string, Fn> = {};
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v as Fn;
    Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Options & { route?: string }) {
          pages.push(this);
          (this.onLoad as Fn | undefined)?.call(this, pendingQuery);
          (this.onShow as Fn | undefined)?.call(this);
        },
        ready(this: Options) {
          (this.onReady as Fn | undefined)?.call(this);
        },
        detached(this: Options) {
          (this.onUnload as Fn | undefined)?.call(this);
        },
      },
    });
  };

  require(join(distDir, 'app.js'));
  (app.onLaunch as Fn).call(app, { path: 'pages/home/index', query: {}, scene: 1001 });
  (app.onShow as Fn | undefined)?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 });

  let pendingQuery: Record<string, string> = {};
  const rendered: SimulatedPage[] = [];
  return {
    renderPage(route, query = {}) {
      pendingQuery = query;
      const id = simulate.load(join(distDir, route), { rootPath: distDir });
      const page = simulate.render(id);
      const parent = document.createElement('parent-wrapper');
      page.attach(parent);
      rendered.push(page);
      return page;
    },
    async close() {
      // Unloading first lets the pages make their last calls (e.g. leaving the chat), then nothing more.
      for (const page of rendered.splice(0)) page.detach();
      closed = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Polls until `check` passes, so tests wait for cloud answers without fixed sleeps. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
