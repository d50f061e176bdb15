import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useAppCloud } from '../../helpers/app-cloud';
import { localBackend } from './local-backend';
import {
  ADMIN,
  ADVISER,
  GRID,
  MEDIATOR,
  OFFICER,
  type PageFixture,
  RESIDENT,
  seedEveryPage,
} from './page-fixture';
import { type SimulatedApp, startSimulatedApp, waitFor } from './simulate-app';
import { distDir, ensureWeappBuild } from './weapp-build';

export type PageRole = 'resident' | 'mediator' | 'admin' | 'officer' | 'adviser' | 'grid';

export interface PageCase {
  role: PageRole;
  query?: (f: PageFixture) => Record<string, string>;
  /** What the page must show once its data arrived: texts from the local cloud and the page's own words. */
  shows: (f: PageFixture) => (string | RegExp)[];
}

const openids: Record<PageRole, string> = {
  resident: RESIDENT,
  mediator: MEDIATOR,
  admin: ADMIN,
  officer: OFFICER,
  grid: GRID,
  adviser: ADVISER,
};

/** Every page of app.json (main package and subpackages), as `root/page` routes. */
export function appRoutes(): string[] {
  const app = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  return [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)),
  ];
}

/**
 * Renders each page of `pages` for `role` in the real weapp build against this file's local cloud, with
 * watch() served by its realtime channel, and checks what each page shows. One app (one user) per file.
 */
export function describePagesOf(role: PageRole, pages: Record<string, PageCase>): void {
  afterAll(() => app?.close());
  const cloud = useAppCloud({ localSignIn: true });
  let app: SimulatedApp;
  let fixture: PageFixture;
  beforeAll(async () => {
    await ensureWeappBuild();
    fixture = await seedEveryPage(cloud);
    app = startSimulatedApp(distDir, localBackend(cloud, openids[role]));
  }, 240_000);

  const mine = Object.entries(pages).filter(([, c]) => c.role === role);
  describe(`every page of the ${role} (real weapp build in miniprogram-simulate)`, () => {
    it.each(mine)(
      '%s',
      async (route, c) => {
        const page = app.renderPage(route, c.query?.(fixture) ?? {});
        const text = () => page.dom?.textContent ?? '';
        for (const expected of c.shows(fixture)) {
          const found = () =>
            typeof expected === 'string' ? text().includes(expected) : expected.test(text());
          await waitFor(found, `${route} to show ${expected}`, 15_000);
        }
        // Neither still loading nor an error block (its 重试 button).
        expect(text()).not.toMatch(/正在加载|重试/);
      },
      60_000,
    );
  });
}
