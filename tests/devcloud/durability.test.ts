import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type DevCloud, sdkEnvironment, startDevCloud } from '../../devcloud/index';
import { sdk } from '../helpers/devcloud';

const rootDir = join(__dirname, 'fixtures', 'db-root');
const dataDir = mkdtempSync(join(tmpdir(), 'devcloud-durable-'));
let child: ChildProcess | undefined;
let restarted: DevCloud | undefined;

/** Starts the local cloud in a child process and resolves with its URL. */
function spawnCloud(): Promise<{ proc: ChildProcess; url: string }> {
  const script = join(__dirname, 'fixtures', 'serve-devcloud.ts');
  const proc = spawn(process.execPath, ['--import', 'tsx', script, dataDir, rootDir], {
    cwd: join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`local cloud exited early (${code})`)));
    createInterface({ input: proc.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      resolve({ proc, url: (JSON.parse(line) as { url: string }).url });
    });
  });
}

afterAll(async () => {
  child?.kill('SIGKILL');
  await restarted?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('durability', () => {
  it('keeps every acknowledged insert when the process is killed mid-stream', async () => {
    const { proc, url } = await spawnCloud();
    child = proc;
    Object.assign(process.env, sdkEnvironment(url, 'local'), { SILENCE: 'true' });
    const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
    cloud.init({ env: 'local' });
    const misc = cloud.database().collection('misc');

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i += 1) {
        try {
          const res = await sdk(misc.add({ data: { w, i, payload: 'x'.repeat(200) } }));
          acknowledged.push(res._id as string);
        } catch {
          return; // the process is gone: this write was never acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 10));
    proc.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    child = undefined;

    restarted = await startDevCloud({ dataDir, rootDir, port: 0, quiet: true });
    const stored = new Set(restarted.database.reader.find('misc', {}).map((d) => d._id));
    const missing = acknowledged.filter((id) => !stored.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(missing).toEqual([]);
  }, 60_000);
});
