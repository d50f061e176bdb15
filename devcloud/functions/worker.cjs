// @ts-check
/**
 * One worker of the function runner: a warm instance that may run several invocations at once, like a CloudBase
 * instance with multiple concurrency. Each invocation's identity (WX_OPENID, WX_API_TOKEN, ...) lives in an
 * AsyncLocalStorage store, and process.env is replaced by a view that reads the current invocation's store
 * first. wx-server-sdk reads process.env at call time (getWXContext, request signing), so every await of an
 * invocation sees its own caller and never another's; writes a function makes to process.env stay in its store.
 * The SDK module stays loaded between invocations, so its keep-alive agent stays warm.
 */
const { AsyncLocalStorage } = require('node:async_hooks');
const { parentPort, workerData } = require('node:worker_threads');

/** @type {AsyncLocalStorage<Record<string, string>>} */
const invocationEnv = new AsyncLocalStorage();
const sharedEnv = process.env;
process.env = new Proxy(sharedEnv, {
  get(target, key) {
    const own = invocationEnv.getStore();
    if (own && typeof key === 'string' && Object.hasOwn(own, key)) return own[key];
    return Reflect.get(target, key);
  },
  has(target, key) {
    const own = invocationEnv.getStore();
    return (
      (own !== undefined && typeof key === 'string' && Object.hasOwn(own, key)) || Reflect.has(target, key)
    );
  },
  set(target, key, value) {
    const own = invocationEnv.getStore();
    if (own && typeof key === 'string') own[key] = String(value);
    else Reflect.set(target, key, String(value));
    return true;
  },
  deleteProperty(target, key) {
    const own = invocationEnv.getStore();
    if (own && typeof key === 'string') delete own[key];
    else Reflect.deleteProperty(target, key);
    return true;
  },
  ownKeys(target) {
    const own = invocationEnv.getStore();
    return own ? [...new Set([...Reflect.ownKeys(target), ...Object.keys(own)])] : Reflect.ownKeys(target);
  },
  getOwnPropertyDescriptor(target, key) {
    const own = invocationEnv.getStore();
    if (own && typeof key === 'string' && Object.hasOwn(own, key)) {
      return { value: own[key], writable: true, enumerable: true, configurable: true };
    }
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
});

/** @type {Map<string, { mtimeMs: number, main: (event: unknown, context: unknown) => unknown }>} */
const loaded = new Map();
// A function that rejects after answering must not kill the worker (WeChat just logs it).
process.on('unhandledRejection', (reason) => {
  console.error('[devcloud] unhandled rejection in function:', reason);
});

function load(entry, mtimeMs) {
  const cached = loaded.get(entry);
  if (cached && cached.mtimeMs === mtimeMs) return cached.main;
  // A rebuild replaced index.js: forget it and everything required from its folder.
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(dir) && !key.includes('/node_modules/')) delete require.cache[key];
  }
  const mod = require(entry);
  const main = mod && typeof mod.main === 'function' ? mod.main : null;
  if (!main) throw new Error(`${entry} does not export main`);
  loaded.set(entry, { mtimeMs, main });
  return main;
}

// Load the SDK before the first invocation, as a warm CloudBase instance has it loaded: a module not installed
// is skipped here and fails in the function that requires it, as it would on WeChat.
for (const id of workerData?.preload ?? []) {
  try {
    require(id);
  } catch {
    // Not resolvable from here: the function's own require reports it.
  }
}

parentPort?.on('message', (msg) => {
  invocationEnv.run({ ...msg.env }, () => runInvocation(msg));
});

async function runInvocation(msg) {
  try {
    const main = load(msg.entry, msg.mtimeMs);
    const result = await main(msg.event, msg.context);
    // WeChat serialises the result as JSON; undefined becomes null on the caller's side.
    const json = JSON.stringify(result === undefined ? null : result);
    parentPort?.postMessage({ type: 'done', id: msg.id, ok: true, json: json === undefined ? 'null' : json });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({
      type: 'done',
      id: msg.id,
      ok: false,
      message: err.message,
      stack: err.stack ?? '',
    });
  }
}

parentPort?.postMessage({ type: 'ready' });
