import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet on a closed machine. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  browser: Browser;
  /** A phone-sized context (375x812 CSS px at 2x), as a villager's phone shows the app. */
  phone(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium fonts-noto-cjk'`,
    );
  }
  // Playwright gives every non-persistent launch a fresh, temporary profile of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags });
  return {
    browser,
    phone: () =>
      browser.newContext({
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      }),
    async close() {
      await browser.close();
    },
  };
}
