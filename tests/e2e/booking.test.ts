import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { readDocx } from '../helpers/docx';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(120_000);

const terms = [
  '王五于十日内拆除占用道路的围墙，恢复道路原宽度。',
  '李大爷不再追究此前的损失，双方和睦相处。',
];
const performance = '第一条在十日内履行，由调解员刘德明到场确认。';

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // let the page transition and toasts settle
  await page.screenshot({ path: `artifacts/${name}.png`, fullPage: true });
}

/** Types into the Taro input or textarea that follows a label. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  const field = page.locator('.field', { hasText: label }).locator('input');
  await field.fill(value);
}

describe('booking a mediation, from the home page to the signed agreement', () => {
  it('a resident books, the mediator confirms and mediates, the agreement downloads with names and terms', async () => {
    // The resident books from the home page.
    const resident = await system.signedInPage('demo-resident');
    const rp = resident.page;
    await rp.getByText('预约调解').first().click();
    await rp.getByText('第一步：说说纠纷').waitFor();
    await rp.locator('.type-grid__item', { hasText: '邻里' }).click();
    await rp
      .locator('textarea')
      .first()
      .fill('王五家新砌的围墙占了我家门前的路，三轮车都过不去了，说了几次都不拆。');
    await fill(rp, '对方姓名', '王五');
    await fill(rp, '您和对方的关系', '邻居');
    await fill(rp, '对方所在村', '东山村');
    await shot(rp, 'booking-1-dispute');
    await rp.getByText('下一步：选时间').click();
    await rp.locator('.choices__item', { hasText: '刘德明' }).click();
    await rp.locator('.slots__time').first().waitFor();
    await rp.locator('.slots__time').first().click();
    await shot(rp, 'booking-2-slots');
    await rp.getByText('下一步：确认预约').click();
    await rp.getByText('第三步：确认预约').waitFor();
    await shot(rp, 'booking-3-confirm');
    await rp.getByText('确认预约', { exact: true }).click();
    await rp.getByText('预约已提交。调解员确认后会通知您。').waitFor();
    await rp.getByText(/^\d{4}-邻里-\d{4}$/).waitFor();
    const caseNumber = (await rp.getByText(/^\d{4}-邻里-\d{4}$/).textContent()) ?? '';
    await shot(rp, 'booking-4-submitted');

    // The mediator confirms it from 预约与案件.
    const mediator = await system.signedInPage('demo-mediator-liu');
    const mp = mediator.page;
    await mp.goto(`${system.url}/package-mediator/pages/cases/index`);
    await mp.getByText('李大爷 与 王五').waitFor();
    await shot(mp, 'booking-5a-mediator-to-confirm');
    await mp.getByText('李大爷 与 王五').click();
    await mp.getByText('确认预约', { exact: true }).click();
    await mp.getByText('开始调解', { exact: true }).waitFor();
    await shot(mp, 'booking-5-mediator-confirmed');

    // The resident sees it scheduled in My cases.
    await rp.goto(`${system.url}/package-case/pages/cases/index`);
    await rp.locator('.case-card', { hasText: caseNumber }).getByText('已排期').waitFor();
    await rp.getByText(/请于.*参加调解/).waitFor();
    await shot(rp, 'booking-6-my-cases');

    // The mediator mediates and records the agreement.
    await mp.getByText('开始调解', { exact: true }).click();
    await mp.getByText('调解成功，填写协议').click();
    await mp.locator('.agreement-form__term').first().locator('textarea').fill(terms[0]!);
    await mp.getByText('再加一条').click();
    await mp.locator('.agreement-form__term').nth(1).locator('textarea').fill(terms[1]!);
    await mp.locator('.agreement-form textarea').last().fill(performance);
    await mp.getByText('调解成功，生成协议书').click();
    await mp.getByText('按期回访，确认协议履行').waitFor();
    await shot(mp, 'booking-7-mediated');

    // The resident opens the agreement and downloads the printable version.
    await rp.goto(`${system.url}/package-case/pages/cases/index`);
    await rp.locator('.case-card', { hasText: caseNumber }).click();
    await rp.getByText('查看调解协议书').click();
    await rp.getByText(terms[0]!).waitFor();
    await shot(rp, 'booking-8-agreement');
    // The agreement arrives as a Word document named in words, to print and sign.
    const downloaded = new Promise<Download>((ok) => {
      resident.context.on('page', (popup) => popup.on('download', ok));
      rp.on('download', ok);
    });
    await rp.getByText('打开协议书（Word，可打印签字）').click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`协议书-${caseNumber}.docx`);
    const { text } = await readDocx(readFileSync((await download.path())!));
    for (const expected of [
      '人民调解协议书',
      `编号：${caseNumber}`,
      '李大爷',
      '王五',
      '刘德明',
      ...terms,
      performance,
      '甲方（签名/按指印）',
    ]) {
      expect(text).toContain(expected);
    }
    // The mediator's own hours, as big switches.
    await mp.goto(`${system.url}/package-mediator/pages/availability/index`);
    await mp.getByText('每周哪些时间可以调解').waitFor();
    await shot(mp, 'booking-10-availability');
    await resident.context.close();
    await mediator.context.close();
  });
});
