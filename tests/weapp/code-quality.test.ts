import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CiChecks, runCiChecks } from './helpers/miniprogram-ci';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

let checks: CiChecks;
let appJson: {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  lazyCodeLoading?: string;
  sitemapLocation?: string;
};

beforeAll(async () => {
  await ensureWeappBuild();
  checks = await runCiChecks(distDir);
  appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8'));
}, 180_000);

describe("DevTools' offline checks of the weapp build (miniprogram-ci)", () => {
  it('passes every item of the code quality scan', () => {
    const names = checks.quality.map((item) => item.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'PACKAGE_SIZE_LIMIT',
        'JS_COMPRESS_OPEN',
        'WXML_COMPRESS_OPEN',
        'WXSS_COMPRESS_OPEN',
        'LAZYCODE_LOADING_OPEN',
        'CONTAINS_OTHER_PKG_JS',
        'CONTAINS_UNUSED_CODES',
      ]),
    );
    const failed = checks.quality.filter((item) => !item.success).map((item) => `${item.name}: ${item.text}`);
    expect(failed).toEqual([]);
  });

  it('resolves every dependency of every page and component', () => {
    expect(checks.analysis.files.map((f) => f.path)).toEqual(expect.arrayContaining(['app.json', 'app.js']));
    const broken = checks.analysis.modules.flatMap((m) => [
      ...(m.errors ?? []).map((e) => `${m.id}: ${JSON.stringify(e)}`),
      ...(m.deps ?? [])
        .filter((d) => d.error)
        .map((d) => `${m.id} -> ${d.request}: ${JSON.stringify(d.error)}`),
    ]);
    expect(broken).toEqual([]);
  });

  it('injects components lazily and tells WeChat search what it may index', () => {
    expect(appJson.lazyCodeLoading).toBe('requiredComponents');
    expect(appJson.sitemapLocation).toBe('sitemap.json');
    const sitemap = JSON.parse(readFileSync(join(distDir, 'sitemap.json'), 'utf8')) as {
      rules: { action: string; page: string }[];
    };
    // Whatever is not allowed by name stays out of search: cases, chats and staff pages are private.
    expect(sitemap.rules.at(-1)).toEqual({ action: 'disallow', page: '*' });
    const allPages = [
      ...appJson.pages,
      ...(appJson.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`)),
    ];
    for (const rule of sitemap.rules.filter((r) => r.action === 'allow'))
      expect(allPages).toContain(rule.page);
  });

  it('does not ship the demo sign-in page in the mini-program', () => {
    expect(appJson.pages).not.toContain('pages/sign-in/index');
    expect(checks.analysis.files.some((f) => f.path.startsWith('pages/sign-in/'))).toBe(false);
  });
});
