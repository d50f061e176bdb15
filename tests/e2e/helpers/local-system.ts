import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type DevCloud, startDevCloud } from '../../../devcloud/index';
import { testFunctionConfig } from '../../helpers/app-cloud';
import { type LaunchedBrowser, launchBrowser } from './browser';

const root = join(__dirname, '..', '..', '..');
const h5Dir = join(root, 'dist-h5');

export interface LocalSystem {
  url: string;
  devcloud: DevCloud;
  browser: LaunchedBrowser;
  /** A new phone-sized browser signed in as the given user (a demo openid, or 'new' for a new resident). */
  signedInPage(openid: string): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * The whole palm mediation room for one browser test file: the local cloud on a fresh data dir with the
 * demo data, the real function bundles, the h5 build served by the gateway, and headless Chromium.
 */
export function useLocalSystem(): LocalSystem {
  const system = {} as LocalSystem;
  let dataDir = '';
  beforeAll(async () => {
    if (!existsSync(join(h5Dir, 'index.html')))
      throw new Error('dist-h5 missing: npm test builds it (npm run build:h5)');
    Object.assign(process.env, testFunctionConfig);
    dataDir = mkdtempSync(join(tmpdir(), 'pmr-e2e-'));
    system.devcloud = await startDevCloud({
      dataDir,
      port: 0,
      quiet: true,
      gateway: { h5Dir, localSignIn: true },
      openapi: { mediaCheckCallback: 'message', mediaCheckDelayMs: 300 },
    });
    system.url = system.devcloud.url;
    Object.assign(process.env, system.devcloud.sdkEnv);
    const { loadDemoData } = await import('../../../scripts/seed/load-demo-data');
    await loadDemoData(system.devcloud.ctx.envId);
    system.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await system.browser?.close();
    await system.devcloud?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  system.signedInPage = async (openid) => {
    const context = await system.browser.phone();
    const page = await context.newPage();
    await page.goto(`${system.url}/pages/sign-in/index`);
    const body = openid === 'new' ? { newResident: true } : { openid };
    const status = await page.evaluate(async (b) => {
      const res = await fetch('/local/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      return res.status;
    }, body);
    if (status !== 200) throw new Error(`sign-in as ${openid} failed: ${status}`);
    await page.goto(`${system.url}/`);
    return { context, page };
  };
  return system;
}
