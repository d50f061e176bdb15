import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateApiUses } from '../../src/package-info/pages/privacy/content';
import { distScripts } from './helpers/dist-scripts';
import { privateApiCalls } from './helpers/private-apis';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

let found: Map<string, string[]>;

beforeAll(async () => {
  await ensureWeappBuild();
  found = privateApiCalls(distScripts(distDir));
}, 180_000);

describe('privacy declarations of the weapp build', () => {
  it('declares every private API the build calls', () => {
    const declared = new Set(privateApiUses.map((use) => use.api));
    const undeclared = [...found].filter(([api]) => !declared.has(api)).map(([api, at]) => `${api} in ${at}`);
    expect(undeclared).toEqual([]);
  });

  it('declares nothing the build does not call, so the list stays true', () => {
    expect(privateApiUses.map((use) => use.api).filter((api) => !found.has(api))).toEqual([]);
  });

  it('finds the calls in the app code, not in the name lists of the runtime', () => {
    expect(found.get('chooseMedia')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(common|pages|package-)/)]),
    );
    expect([...found.values()].flat()).not.toContain('taro.js');
    expect(found.has('chooseImage')).toBe(false);
  });

  it('declares the precise location in app.json with the reason WeChat shows, and never the blurred one', () => {
    const app = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as {
      requiredPrivateInfos?: string[];
      permission?: Record<string, { desc: string }>;
    };
    expect(app.requiredPrivateInfos).toEqual(['getLocation']);
    expect(app.permission?.['scope.userLocation']?.desc).toMatch(/签到/);
    expect(found.has('getLocation')).toBe(true);
    expect(found.has('getFuzzyLocation')).toBe(false);
  });
});
