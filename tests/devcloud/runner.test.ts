import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFunctionsModule } from '../../devcloud/functions/module';
import { type DevCloud, startDevCloud } from '../../devcloud/index';

const fixtures = join(__dirname, '..', 'fixtures', 'functions');
// A root the test rewrites, to check that a rebuilt index.js is picked up without a restart.
const scratch = mkdtempSync(join(tmpdir(), 'devcloud-fns-'));
mkdirSync(join(scratch, 'version'));
const writeVersion = (v: number) => {
  const file = join(scratch, 'version', 'index.js');
  writeFileSync(file, `exports.main = async () => ${v};`);
  utimesSync(file, new Date(), new Date(Date.now() + v * 1000));
};
let cloud: DevCloud;

beforeAll(async () => {
  cloud = await startDevCloud({
    dataDir: mkdtempSync(join(tmpdir(), 'devcloud-runner-')),
    functionRoots: [fixtures, scratch],
    poolSize: 4,
    quiet: true,
  });
});
afterAll(() => cloud.close());

describe('function runner', () => {
  it('gives each of 50 concurrent callers their own OPENID', async () => {
    const calls = Array.from({ length: 50 }, (_, i) =>
      cloud.functions.invoker.invoke('whoami', { waitMs: 5 }, { openid: `user-${i}` }),
    );
    const outcomes = await Promise.all(calls);
    outcomes.forEach((o, i) => {
      expect(o).toMatchObject({
        ok: true,
        result: { before: `user-${i}`, openid: `user-${i}`, env: 'local', userInfo: { openId: `user-${i}` } },
      });
    });
  });

  it('times out after config.json timeout and keeps serving', async () => {
    const out = await cloud.functions.invoker.invoke('slow', {}, { openid: 'u' });
    expect(out).toMatchObject({
      ok: false,
      errCode: -504003,
      errMsg: 'Invoking task timed out after 1 seconds',
    });
    expect(out.durationMs).toBeLessThan(2500);
    const again = await cloud.functions.invoker.invoke('slow', { sleepMs: 10 }, {});
    expect(again).toMatchObject({ ok: true, result: 'late' });
  });

  it('reports a thrown error without its stack', async () => {
    const out = await cloud.functions.invoker.invoke('boom', {}, { openid: 'u' });
    expect(out).toMatchObject({ ok: false, errCode: -504002, errMsg: 'boom: bad input' });
    if (!out.ok) expect(out.errMsg).not.toContain('index.js');
  });

  it('answers a missing function', async () => {
    const out = await cloud.functions.invoker.invoke('nope', {}, {});
    expect(out).toMatchObject({ ok: false, errCode: -501000 });
  });

  it('runs cloud.callFunction inside a function as the same user', async () => {
    const out = await cloud.functions.invoker.invoke('caller', {}, { openid: 'alice' });
    expect(out).toMatchObject({ ok: true, result: { mine: 'alice', callee: { openid: 'alice' } } });
  });

  it('surfaces a nested failure to the calling function as the SDK does', async () => {
    const out = await cloud.functions.invoker.invoke('caller', { target: 'boom' }, { openid: 'bob' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errMsg).toMatch(/boom: bad input/);
  });

  it('reloads a function when its index.js changes', async () => {
    writeVersion(1);
    expect(await cloud.functions.invoker.invoke('version', {}, {})).toMatchObject({ ok: true, result: 1 });
    writeVersion(2);
    const outs = await Promise.all([1, 2, 3, 4].map(() => cloud.functions.invoker.invoke('version', {}, {})));
    for (const o of outs) expect(o).toMatchObject({ ok: true, result: 2 });
  });
});

describe('worker pool', () => {
  const pool = (options: Parameters<typeof createFunctionsModule>[1]) =>
    createFunctionsModule(cloud.ctx, { functionRoots: [fixtures], ...options });

  it('grows from a cold start under load without timing anyone out, then retires idle workers', async () => {
    const fns = pool({ poolSize: 0, maxWorkers: 6, growAfterMs: 0, workerIdleMs: 100 });
    try {
      const outs = await Promise.all(
        Array.from({ length: 18 }, (_, i) =>
          fns.invoker.invoke('whoami', { waitMs: 20 }, { openid: `c-${i}` }),
        ),
      );
      outs.forEach((o, i) => {
        expect(o).toMatchObject({ ok: true, result: { openid: `c-${i}` } });
      });
      const grown = fns.poolStats();
      expect(grown.idle + grown.starting).toBeGreaterThan(1);
      expect(grown.idle + grown.starting).toBeLessThanOrEqual(6);
      // A worker still starting when the burst ends becomes ready later, then idles for workerIdleMs.
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && fns.poolStats().idle + fns.poolStats().starting > 0) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(fns.poolStats()).toMatchObject({ idle: 0, busy: 0, starting: 0 });
    } finally {
      await fns.stop?.();
    }
  });

  it('starts the timeout clock when the invocation starts, not while it waits for a worker', async () => {
    // One worker: the second call waits about 600 ms, then runs 600 ms of its 1 s timeout.
    const fns = pool({ poolSize: 1, maxWorkers: 1 });
    try {
      fns.start?.();
      const outs = await Promise.all([0, 1].map(() => fns.invoker.invoke('slow', { sleepMs: 600 }, {})));
      for (const o of outs) expect(o).toMatchObject({ ok: true, result: 'late' });
    } finally {
      await fns.stop?.();
    }
  });

  it('replaces a worker whose function calls process.exit and keeps serving', async () => {
    const out = await cloud.functions.invoker.invoke('boom', { exit: true }, {});
    expect(out).toMatchObject({ ok: false, errCode: -504002, errMsg: 'function process exited with code 3' });
    expect(await cloud.functions.invoker.invoke('whoami', {}, { openid: 'after' })).toMatchObject({
      ok: true,
      result: { openid: 'after' },
    });
  });
});
