// @ts-check
/**
 * One worker of the function runner. It runs ONE invocation at a time, so the per-invocation identity it writes
 * into its own copy of process.env (worker_threads give each worker a private env) is what getWXContext() of
 * wx-server-sdk reads. The SDK module stays loaded between invocations, so its keep-alive agent stays warm.
 */
const { parentPort, workerData } = require('node:worker_threads');

/** @type {Map<string, { mtimeMs: number, main: (event: unknown, context: unknown) => unknown }>} */
const loaded = new Map();
/** Keys written for the previous invocation; cleared so one user's identity never leaks into the next call. */
let previousKeys = [];

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

parentPort?.on('message', async (msg) => {
  for (const key of previousKeys) delete process.env[key];
  previousKeys = Object.keys(msg.env);
  Object.assign(process.env, msg.env);
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
});

parentPort?.postMessage({ type: 'ready' });
