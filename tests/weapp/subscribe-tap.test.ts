import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import {
  appProgram,
  type DialogCall,
  findDialogCalls,
  isRequestSubscribeMessage,
} from './helpers/tap-analysis';

const root = join(__dirname, '..', '..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const where = (call: DialogCall) => relative(root, call.at);

describe("subscribe dialogs open in the tap's own tick (static analysis of src/)", () => {
  let calls: DialogCall[];
  beforeAll(() => {
    calls = findDialogCalls(appProgram(root, sourcesUnder(join(root, 'src'))), isRequestSubscribeMessage);
  }, 120_000);

  it('never awaits, or defers to a callback, before a call that opens the dialog', () => {
    expect(calls.filter((c) => c.problem).map((c) => `${where(c)} ${c.callee} ${c.problem}`)).toEqual([]);
  });

  it('opens the dialog only through src/services/subscribe.ts', () => {
    const direct = calls.filter((c) => c.callee.endsWith('requestSubscribeMessage'));
    expect(direct.map((c) => where(c).replace(/:\d+$/, ''))).toEqual(['src/services/subscribe.ts']);
  });

  it('follows every screen that asks, through the hooks and handlers in between', () => {
    const files = new Set(calls.map((c) => where(c).replace(/:\d+$/, '')));
    for (const file of [
      'src/package-case/pages/booking/index.tsx',
      'src/package-case/pages/case/components/ResidentActions.tsx',
      'src/package-mediator/pages/case/components/MediatorActions.tsx',
      'src/package-legal-aid/pages/apply/index.tsx',
      'src/pages/consult-new/index.tsx',
      'src/pages/chat/index.tsx',
      'src/package-info/pages/notice-detail/components/RemindMe/index.tsx',
    ])
      expect(files).toContain(file);
  });
});

describe('the tap analysis itself', () => {
  const fixture = `
    declare const Taro: { requestSubscribeMessage(option: object): Promise<unknown> };
    declare function useCallback<T>(fn: T): T;
    export function ask() { return Taro.requestSubscribeMessage({}); }
    export async function askFirst() { ask(); await Promise.resolve(); }
    export async function afterAwait() { await Promise.resolve(); ask(); }
    export function inThen() { void Promise.resolve().then(() => ask()); }
    export async function inLoop() { for (const x of [1, 2]) { ask(); await Promise.resolve(x); } }
    export function useAsk() { return useCallback(() => { ask(); }); }
    export function viaHook() { const a = useAsk(); return async () => { await Promise.resolve(); a(); }; }
  `;
  let calls: DialogCall[];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'pmr-tap-'));
    try {
      const file = join(dir, 'fixture.ts');
      writeFileSync(file, fixture);
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
      });
      calls = findDialogCalls(program, isRequestSubscribeMessage);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const problemAt = (line: number) => calls.find((c) => c.at.endsWith(`:${line}`))?.problem;

  it('accepts a call before the first await, and refuses one after it', () => {
    expect(calls.find((c) => c.at.endsWith(':5'))).toMatchObject({ callee: 'ask', problem: undefined });
    expect(problemAt(6)).toMatch(/follows `await Promise.resolve\(\)`/);
  });

  it('refuses a call in a then() callback or in a loop that awaits', () => {
    expect(problemAt(7)).toMatch(/callback of then\(\)/);
    expect(problemAt(8)).toMatch(/loop that awaits/);
  });

  it('follows a function returned by a hook to the handler that awaits before calling it', () => {
    expect(problemAt(9)).toBeUndefined();
    expect(problemAt(10)).toMatch(/follows `await/);
  });
});
