import type { Page } from 'playwright-core';
import type { LocalSystem } from './local-system';

/** Waits until `text` is visible on the page. */
export const visible = (page: Page, text: string | RegExp, timeout = 10_000) =>
  page.getByText(text).locator('visible=true').first().waitFor({ timeout });

/** How often `text` is visible now (0 when it is not shown). */
export const shown = (page: Page, text: string | RegExp) =>
  page.getByText(text).locator('visible=true').count();

/** Taps the tab bar item with this label, as a thumb would. */
export const tapTab = (page: Page, label: string) =>
  page.locator('.weui-tabbar__item', { hasText: label }).click();

/**
 * Two taps in quick succession on a button that writes, as a trembling thumb or an impatient one does:
 * the second arrives before the first request has answered.
 */
export const doubleTap = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).locator('visible=true').first().dblclick();

/** The openid the local sign-in gave this browser (a new resident's is made up on the spot). */
export async function openidOf(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const res = await fetch('/local/session');
    const body = (await res.json()) as { identity: { openid: string } | null };
    return body.identity?.openid ?? '';
  });
}

type Db = ReturnType<typeof import('wx-server-sdk')['database']>;
let db: Db | null = null;

/** Documents of a collection matching `where`, read through the real SDK from the test's local cloud. */
export async function docs(
  system: LocalSystem,
  collection: string,
  where: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  if (!db) {
    const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
    cloud.init({ env: system.devcloud.ctx.envId });
    db = cloud.database();
  }
  const res = (await db.collection(collection).where(where).get()) as { data: Record<string, unknown>[] };
  return res.data;
}

interface SentAction {
  fn: string;
  action: string;
  payload: Record<string, unknown>;
}

/**
 * Records every action the page sends to the cloud, so a test can assert that a double tap sent one
 * request (a refused second request leaves no trace in the data, only on the wire and on the screen).
 */
export function recordActions(page: Page): (fn: string, action: string, payload?: object) => number {
  const sent: SentAction[] = [];
  page.on('request', (req) => {
    const match = /\/api\/functions\/([\w-]+)$/.exec(new URL(req.url()).pathname);
    if (!match || req.method() !== 'POST') return;
    const body = req.postDataJSON() as { action: string; payload: Record<string, unknown> };
    sent.push({ fn: match[1] ?? '', action: body.action, payload: body.payload });
  });
  return (fn, action, payload = {}) =>
    sent.filter(
      (s) =>
        s.fn === fn &&
        s.action === action &&
        Object.entries(payload).every(([k, v]) => JSON.stringify(s.payload[k]) === JSON.stringify(v)),
    ).length;
}
