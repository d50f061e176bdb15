import type { Page } from 'playwright-core';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

/** Waits until `text` is visible, failing after `ms` (1 s is the promise for live delivery). */
const visible = (page: Page, text: string, ms = 5000) =>
  page.getByText(text).locator('visible=true').first().waitFor({ timeout: ms });

/** Types a message and taps 发送; answers the moment of the tap, from which delivery is timed. */
async function send(page: Page, text: string): Promise<number> {
  await page.locator('.composer__input textarea').locator('visible=true').fill(text);
  const tapped = Date.now();
  await page.locator('.composer__send').locator('visible=true').click();
  return tapped;
}

describe('a consultation between a resident and a mediator, both pages open', () => {
  it('starts, chats live both ways, counts unread, closes and rates', async () => {
    const mediator = await system.signedInPage('demo-mediator-liu');
    await mediator.page.goto(`${system.url}/package-mediator/pages/workbench/index`);
    await visible(mediator.page, '待我回复');
    await visible(mediator.page, '现在没有等您回复的咨询');

    const resident = await system.signedInPage('demo-resident');
    await resident.page.goto(`${system.url}/pages/consult/index`);
    await resident.page.getByText('我要咨询').locator('visible=true').first().click();
    await resident.page.getByText('房屋宅基地').locator('visible=true').first().click();
    await resident.page
      .locator('.cnew__text textarea')
      .locator('visible=true')
      .fill('邻居家盖房占了我家宅基地半米，怎么办？');
    await resident.page.getByText('刘德明').locator('visible=true').first().click();
    await resident.page.getByText('提交咨询').locator('visible=true').first().click();
    await visible(resident.page, '调解员 刘德明');

    // The inbox updates without a reload, with an unread count.
    await visible(mediator.page, '邻居家盖房占了我家宅基地半米', 3000);
    await mediator.page
      .locator('[data-testid=unread]')
      .locator('visible=true')
      .first()
      .waitFor({ timeout: 1000 });
    await mediator.page.screenshot({ path: 'artifacts/consultation-mediator-inbox.png' });

    await mediator.page.getByText('李大爷').locator('visible=true').first().click();
    await visible(mediator.page, '私人备注');
    let t = await send(mediator.page, '您好，我是刘德明，请问对方是哪家？');
    await visible(resident.page, '您好，我是刘德明，请问对方是哪家？', 1000);
    const toResident = Date.now() - t;

    t = await send(resident.page, '是东头的王家，去年开始盖的');
    await visible(mediator.page, '是东头的王家，去年开始盖的', 1000);
    const toMediator = Date.now() - t;
    expect([toResident, toMediator].every((ms) => ms < 1000)).toBe(true);
    await visible(mediator.page, '已读', 3000);
    await resident.page.screenshot({ path: 'artifacts/consultation-resident-chat.png' });

    // The resident leaves the chat: a reply raises the unread count on the list, opening it clears it.
    await resident.page.goto(`${system.url}/pages/consult/index`);
    await visible(resident.page, '我的咨询');
    await send(mediator.page, '好的，我明天上午过去量一下');
    await resident.page
      .locator('[data-testid=unread]')
      .locator('visible=true')
      .first()
      .waitFor({ timeout: 2000 });
    await resident.page.getByText('调解员 刘德明').locator('visible=true').first().click();
    await visible(resident.page, '好的，我明天上午过去量一下');
    await resident.page.goto(`${system.url}/pages/consult/index`);
    await visible(resident.page, '我的咨询');
    expect(await resident.page.locator('[data-testid=unread]').locator('visible=true').count()).toBe(0);

    // The mediator closes it; the resident rates it.
    await mediator.page.getByText('结束咨询').locator('visible=true').first().click();
    await mediator.page.getByText('转为调解案件').locator('visible=true').first().click();
    // Closing cannot be undone, so it asks once more.
    await visible(mediator.page, '确定结束这次咨询吗');
    await mediator.page.getByText('确定结束', { exact: true }).locator('visible=true').first().click();
    await visible(mediator.page, '已记录为转调解案件');
    await resident.page.getByText('调解员 刘德明').locator('visible=true').first().click();
    await visible(resident.page, '咨询已结束：转为调解案件');
    await resident.page.locator('[data-testid=star-5]').locator('visible=true').click();
    await visible(resident.page, '您的评分');

    // Large-text mode for the screenshot of the chat.
    await resident.page.evaluate(() => localStorage.setItem('pmr:largeText', JSON.stringify({ data: true })));
    await resident.page.reload();
    await visible(resident.page, '是东头的王家，去年开始盖的');
    await resident.page.screenshot({ path: 'artifacts/consultation-chat-large-text.png' });
    await mediator.context.close();
    await resident.context.close();
  }, 90_000);
});
