import type { Page } from 'playwright-core';
import { callAs, longChat } from './helpers/demo-chat';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

const bubble = (page: Page, text: string) =>
  page.locator('[data-testid=message]', { hasText: text }).locator('visible=true').first();

/** Whether a message is wholly on screen, between the top bar and the input bar. */
async function onScreen(page: Page, text: string): Promise<boolean> {
  const box = await bubble(page, text).boundingBox();
  const foot = await page.locator('#chat-foot').boundingBox();
  if (!box || !foot) return false;
  return box.y >= 0 && box.y + box.height <= foot.y + 1;
}

/** Waits until `check` holds (scrolling lands after a render), failing after 5 s. */
async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 50; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never true: ${what}`);
}

describe('a chat longer than a screen', () => {
  it('opens at the newest, follows sends and arrivals, and shows 有新消息 when scrolled up', async () => {
    const id = await longChat(system, 24, 'scroll');
    for (const [who, path] of [
      ['demo-resident', '/pages/chat/index'],
      ['demo-mediator-zhang', '/package-mediator/pages/chat/index'],
    ] as const) {
      const { page, context } = await system.signedInPage(who);
      await page.goto(`${system.url}${path}?id=${id}`);
      await bubble(page, '第24条').waitFor();
      await until(() => onScreen(page, '第24条'), `${who} opens at the newest`);
      expect(await onScreen(page, '第1条')).toBe(false);
      await context.close();
    }

    const { page, context } = await system.signedInPage('demo-resident');
    await page.goto(`${system.url}/pages/chat/index?id=${id}`);
    await until(() => onScreen(page, '第24条'), 'the newest on open');

    // The reader's own message stays in sight above the input bar.
    await page.locator('.composer__input textarea').fill('我自己发的一条');
    await page.locator('.composer__send').click();
    await bubble(page, '我自己发的一条').waitFor();
    await until(() => onScreen(page, '我自己发的一条'), 'an own message in sight');

    // An arrival while at the bottom is followed.
    await callAs(system, 'demo-mediator-zhang', 'message', 'send', {
      consultationId: id,
      clientMsgId: 'e2e-scroll-arrival-1',
      text: '调解员刚回的话',
    });
    await bubble(page, '调解员刚回的话').waitFor();
    await until(() => onScreen(page, '调解员刚回的话'), 'an arrival followed at the bottom');

    // Scrolled up to read, an arrival does not pull the reader down: a pill says so and takes them there.
    await page.mouse.wheel(0, -3000);
    await until(async () => !(await onScreen(page, '调解员刚回的话')), 'scrolled up');
    await callAs(system, 'demo-mediator-zhang', 'message', 'send', {
      consultationId: id,
      clientMsgId: 'e2e-scroll-arrival-2',
      text: '又一条新消息',
    });
    const pill = page.locator('[data-testid=new-messages]');
    await pill.waitFor();
    expect(await onScreen(page, '又一条新消息')).toBe(false);
    await page.screenshot({ path: 'artifacts/chat-new-messages-pill.png' });
    await pill.click();
    await until(() => onScreen(page, '又一条新消息'), 'the pill scrolls to the newest');
    await pill.waitFor({ state: 'detached' });
    await context.close();
  }, 120_000);
});
