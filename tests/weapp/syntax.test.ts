import { distScripts, parseAsTarget } from './helpers/dist-scripts';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

beforeAll(async () => {
  await ensureWeappBuild();
}, 180_000);

/** What a failed parse says, with the code around it so the offending dependency can be recognised. */
function newerSyntax(path: string, source: string, error: unknown): string {
  const pos = (error as { pos?: number }).pos ?? 0;
  return `${path}: ${(error as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 40), pos + 40))}`;
}

describe('syntax of the weapp build', () => {
  it('parses every script of dist/, dependencies included, as ES5', () => {
    const scripts = distScripts(distDir);
    expect(scripts.map((s) => s.path)).toEqual(expect.arrayContaining(['app.js', 'vendors.js', 'taro.js']));
    const failures: string[] = [];
    for (const script of scripts) {
      try {
        parseAsTarget(script);
      } catch (error) {
        failures.push(newerSyntax(script.path, script.source, error));
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses the syntax that used to ship in vendors.js', () => {
    for (const source of ['var a = b?.c;', 'var a = b ?? c;', 'const a = 1;', 'var f = () => 1;']) {
      expect(() => parseAsTarget({ path: 'sample.js', source })).toThrow();
    }
    expect(() => parseAsTarget({ path: 'sample.js', source: 'var a = b && b.c;' })).not.toThrow();
  });
});
