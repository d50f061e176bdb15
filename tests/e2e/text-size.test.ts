import type { Page } from 'playwright-core';
import { longChat } from './helpers/demo-chat';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

/** The smallest typed-text size allowed, in CSS px on a 375 px wide phone. */
const minimum = { normal: 17, large: 20 } as const;
type Size = keyof typeof minimum;

interface Box {
  what: string;
  fontPx: number;
  /** How much of Taro's box the real element leaves out (px of width and height): 0 when it fills it. */
  uncovered: number;
}

/** Every visible text box on the page: its typed-text size and whether the real element fills its box. */
function boxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])',
      ),
    ]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const wrapper = el.closest('taro-textarea-core, taro-input-core') ?? el;
        const inner = el.getBoundingClientRect();
        const grows = el.classList.contains('auto-height');
        // The box inside its border (client size), against the element that takes the typing.
        const gap = (outer: number, own: number) => Math.max(Math.round(outer - own), 0);
        return {
          what: `${wrapper.className || el.tagName} "${el.getAttribute('placeholder') ?? ''}"`,
          fontPx: Number.parseFloat(getComputedStyle(el).fontSize),
          uncovered: grows
            ? 0
            : gap(wrapper.clientWidth, inner.width) + gap(wrapper.clientHeight, inner.height),
        };
      }),
  );
}

/** Sets the text size the way 我的 › 大字模式 stores it, before the page's scripts read it. */
async function phoneWithSize(openid: string, size: Size) {
  const { context, page } = await system.signedInPage(openid);
  await page.evaluate(
    (large) => localStorage.setItem('pmr:largeText', JSON.stringify({ data: large })),
    size === 'large',
  );
  return { context, page };
}

async function expectReadable(page: Page, size: Size, where: string, atLeast: number) {
  await page.locator('textarea, input').locator('visible=true').first().waitFor();
  const found = await boxes(page);
  expect(found.length).toBeGreaterThanOrEqual(atLeast);
  const small = found.filter((b) => b.fontPx < minimum[size]).map((b) => `${b.what}: ${b.fontPx}px`);
  const partial = found.filter((b) => b.uncovered > 1).map((b) => `${b.what}: ${b.uncovered}px outside`);
  expect({ where, size, small, partial }).toEqual({ where, size, small: [], partial: [] });
}

/** A screenshot for docs/screenshots: CSS pixels keep the file small. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `artifacts/${name}.png`, scale: 'css', animations: 'disabled' });

describe('typed text follows the text size', () => {
  let chatId = '';
  beforeAll(async () => {
    chatId = await longChat(system, 12, 'text-size');
  });

  for (const size of ['normal', 'large'] as const) {
    it(`is at least ${minimum[size]} px on the resident's forms (${size})`, async () => {
      const { context, page } = await phoneWithSize('demo-resident', size);
      await page.goto(`${system.url}/pages/consult-new/index`);
      await expectReadable(page, size, 'consultation form', 1);
      await shot(page, `consult-new-${size}`);

      await page.goto(`${system.url}/package-case/pages/booking/index`);
      await expectReadable(page, size, 'booking, the dispute', 5);
      await shot(page, `booking-${size}`);

      await page.goto(`${system.url}/pages/chat/index?id=${chatId}`);
      await page.locator('[data-testid=message]', { hasText: '第12条' }).waitFor();
      await expectReadable(page, size, 'chat', 1);
      await page.waitForTimeout(300);
      await shot(page, `chat-${size}`);

      await page.goto(`${system.url}/pages/mine/index`);
      await page.getByText('修改资料').first().click();
      // The nickname and the phone; the village is chosen from the area tree on its own page, with no typing.
      await expectReadable(page, size, 'my profile', 2);
      await context.close();
    }, 90_000);

    it(`is at least ${minimum[size]} px in the mediator's chat, note included (${size})`, async () => {
      const { context, page } = await phoneWithSize('demo-mediator-zhang', size);
      await page.goto(`${system.url}/package-mediator/pages/chat/index?id=${chatId}`);
      await page.locator('[data-testid=message]', { hasText: '第12条' }).waitFor();
      await expectReadable(page, size, 'mediator chat', 1);
      await page.getByText('私人备注').first().click();
      const save = page.getByText('保存备注').first();
      await save.waitFor();
      await expectReadable(page, size, 'private note', 1);
      // The panel opens in the bar at the bottom: its button is on screen, not under the input bar.
      const box = await save.boundingBox();
      expect(box && box.y + box.height <= (page.viewportSize()?.height ?? 0)).toBe(true);
      await context.close();
    }, 90_000);
  }
});
