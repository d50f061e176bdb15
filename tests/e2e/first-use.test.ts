import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { idNumberWithCheck } from '../helpers/legal-aid';
import { docs, doubleTap, openidOf, recordActions, shown, tapTab, visible } from './helpers/journey';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(150_000);

const notRegistered = '请先进入首页完成登录';
const photo = {
  name: 'id.png',
  mimeType: 'image/png',
  buffer: readFileSync(join(__dirname, '../../src/assets/tab/home-active.png')),
};

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // let the page transition settle
  await page.screenshot({ path: `artifacts/first-use-${name}.png`, fullPage: true });
}

/**
 * A person who has never used the app: a fresh phone browser with no identity opens the app, lands on the
 * local sign-in page and picks 以新居民身份进入; the first screen after that is the home page.
 */
async function brandNewResident(): Promise<{ context: BrowserContext; page: Page; openid: string }> {
  const context = await system.browser.phone();
  const page = await context.newPage();
  await page.goto(`${system.url}/`);
  await page.getByText('以新居民身份进入', { exact: true }).click();
  await visible(page, '预约调解');
  const openid = await openidOf(page);
  expect(openid).toMatch(/^local-/);
  return { context, page, openid };
}

describe('a brand-new resident, on a phone, from the first screen', () => {
  it('asks a mediator: the consultation is made once however often 提交咨询 is tapped', async () => {
    const { context, page, openid } = await brandNewResident();
    const sent = recordActions(page);
    await visible(page, '刘德明');
    await shot(page, '1-home');
    await page.getByText('在线咨询').first().click();
    await visible(page, '我要咨询');
    // Straight after sign-in the tab's own list loads, instead of asking to log in first.
    await visible(page, '说清楚遇到的事');
    expect(await shown(page, notRegistered)).toBe(0);
    await page.getByText('我要咨询').locator('visible=true').first().click();
    await page.getByText('房屋宅基地').locator('visible=true').first().click();
    await page
      .locator('.cnew__text textarea')
      .locator('visible=true')
      .fill('邻居家盖房占了我家宅基地半米，怎么办？');
    await page.getByText('刘德明').locator('visible=true').first().click();
    await shot(page, '2-consultation-form');
    await doubleTap(page, '提交咨询');
    await visible(page, '调解员 刘德明');
    expect(await shown(page, notRegistered)).toBe(0);
    expect(await docs(system, 'consultations', { residentOpenid: openid })).toHaveLength(1);
    expect(sent('consultation', 'start')).toBe(1);

    // The mediator answers from the 咨询 tab, sees it under 全部 too, and closes it with one outcome.
    const mediator = await system.signedInPage('demo-mediator-liu');
    const m = mediator.page;
    const mediatorSent = recordActions(m);
    await tapTab(m, '咨询');
    await visible(m, '邻居家盖房占了我家宅基地半米');
    await m.locator('.inbox .chip', { hasText: '全部' }).locator('visible=true').click();
    await visible(m, '邻居家盖房占了我家宅基地半米');
    await m.getByText('邻居家盖房占了我家宅基地半米').locator('visible=true').first().click();
    await visible(m, '私人备注');
    await m.getByText('结束咨询').locator('visible=true').first().click();
    await m.getByText('已解答', { exact: true }).locator('visible=true').first().click();
    await doubleTap(m, '确定结束');
    await visible(m, '咨询已结束');
    const [consultation] = await docs(system, 'consultations', { residentOpenid: openid });
    expect(consultation).toMatchObject({ status: 'closed', outcome: 'answered' });
    expect(mediatorSent('consultation', 'close')).toBe(1);

    // The resident rates it: a double tap on a star rates once, and no refusal shows.
    await page.reload();
    await visible(page, '咨询已结束');
    await page.locator('[data-testid=star-4]').locator('visible=true').dblclick();
    await visible(page, '您的评分');
    expect(await shown(page, '已经评价过了')).toBe(0);
    const [rated] = await docs(system, 'consultations', { residentOpenid: openid });
    expect(rated).toMatchObject({ rating: 4 });
    expect(sent('consultation', 'rate')).toBe(1);
    await mediator.context.close();
    await context.close();
  });

  it('when the network drops during the first sign-in, 重试 signs in and the tab loads', async () => {
    const context = await system.browser.phone();
    const page = await context.newPage();
    await page.route('**/api/functions/**', (route) => route.abort());
    await page.goto(`${system.url}/`);
    await page.getByText('以新居民身份进入', { exact: true }).click();
    await visible(page, '预约调解');
    await tapTab(page, '咨询');
    await visible(page, '网络不太好，请检查网络后重试', 30_000);
    await page.unroute('**/api/functions/**');
    await page.getByText('重试', { exact: true }).locator('visible=true').first().click();
    await visible(page, '说清楚遇到的事');
    expect(await shown(page, notRegistered)).toBe(0);
    await context.close();
  });

  it('books a mediation: one booking for two taps on 确认预约, and the mediator’s taps act once', async () => {
    const { context, page, openid } = await brandNewResident();
    const sent = recordActions(page);
    await page.getByText('预约调解').first().click();
    await visible(page, '第一步：说说纠纷');
    await page.locator('.type-grid__item', { hasText: '邻里' }).click();
    await page.locator('textarea').first().fill('王五家新砌的围墙占了我家门前的路，三轮车都过不去了。');
    await page.locator('.field', { hasText: '对方姓名' }).locator('input').fill('王五');
    await page.locator('.field', { hasText: '您和对方的关系' }).locator('input').fill('邻居');
    await page.locator('.field', { hasText: '对方所在村' }).locator('input').fill('东山村');
    await page.getByText('下一步：选时间').click();
    await page.locator('.choices__item', { hasText: '刘德明' }).click();
    // Step 2 loads its slots for a resident who signed in seconds ago.
    await page.locator('.slots__time').first().waitFor();
    expect(await shown(page, notRegistered)).toBe(0);
    await page.locator('.slots__time').first().click();
    await shot(page, '3-booking-slots');
    await page.getByText('下一步：确认预约').click();
    await visible(page, '第三步：确认预约');
    await doubleTap(page, '确认预约');
    await visible(page, /^\d{4}-邻里-\d{4}$/);
    expect(await shown(page, '该时段已被预约')).toBe(0);
    const cases = await docs(system, 'cases', { residentOpenid: openid });
    expect(cases).toHaveLength(1);
    expect(sent('booking', 'create')).toBe(1);
    const caseId = String(cases[0]?._id);

    // The mediator confirms, starts and records success, each with a double tap.
    const mediator = await system.signedInPage('demo-mediator-liu');
    const m = mediator.page;
    const mediatorSent = recordActions(m);
    await m.goto(`${system.url}/package-mediator/pages/case/index?id=${caseId}`);
    await doubleTap(m, '确认预约');
    await visible(m, '开始调解');
    await doubleTap(m, '开始调解');
    await visible(m, '调解成功，填写协议');
    await m.getByText('调解成功，填写协议').click();
    await m
      .locator('.agreement-form__term')
      .first()
      .locator('textarea')
      .fill('王五于十日内拆除占用道路的围墙。');
    await m.locator('.agreement-form textarea').last().fill('十日内履行，调解员到场确认。');
    await doubleTap(m, '调解成功，生成协议书');
    await visible(m, '按期回访，确认协议履行');
    expect(mediatorSent('booking', 'confirm')).toBe(1);
    expect(mediatorSent('case', 'transition', { event: 'start' })).toBe(1);
    expect(mediatorSent('case', 'transition', { event: 'succeed' })).toBe(1);
    expect(await shown(m, /案件现在是.*不能/)).toBe(0);
    const [done] = await docs(system, 'cases', { _id: caseId });
    expect(done).toMatchObject({ state: 'mediated_success' });
    await mediator.context.close();
    await context.close();
  });

  it('applies for legal aid on the exempt path: 讨薪, 进城务工人员, 免予核查, submitted once', async () => {
    const { context, page: r, openid } = await brandNewResident();
    const sent = recordActions(r);
    const next = () => r.getByText('下一步', { exact: true }).click();
    const answer = async (title: string, act?: () => Promise<unknown>) => {
      await visible(r, title);
      if (act) await act();
      await next();
    };
    const type = (text: string) => () => r.locator('.step__body input').first().fill(text);
    const pick = (label: string) => () => r.getByText(label, { exact: true }).click();

    await r.getByText('法律援助').first().click();
    await r.getByText('先测一测能不能申请').click();
    await answer('您遇到的是什么事？', pick('请求确认劳动关系或支付劳动报酬（讨薪）'));
    await answer('您有没有下面的情形？');
    await answer('您属于下面的人吗？', pick('进城务工人员，讨要工资或工伤赔偿'));
    await visible(r, '家里几口人');
    await r.locator('.step__body input').nth(0).fill('3');
    await r.locator('.step__body input').nth(1).fill('9000');
    await r.getByText('看结果').click();
    await visible(r, '很可能符合，免予核查经济困难');
    await shot(r, '4-legal-aid-exempt');
    await r.getByText('开始申请').click();

    await answer('您叫什么名字？', type('张小军'));
    await answer('您是男是女？', pick('男'));
    await visible(r, '您是哪天出生的？');
    await r.locator('.answer--picker').click();
    await r.getByText('确定', { exact: true }).click();
    await next();
    await answer('您是什么民族？', type('汉族'));
    // A wrong check digit is caught on the screen where it is typed.
    const good = idNumberWithCheck('41152619900312581');
    await visible(r, '您的身份证号是多少？');
    await type(`${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`)();
    await next();
    await visible(r, '身份证号不对，请核对18位号码');
    await visible(r, '您的身份证号是多少？');
    await answer('您的身份证号是多少？', type(good));
    await answer('怎么打电话联系您？', type('13912345678'));
    await answer('您的户口在哪里？', type('河南省信阳市'));
    await answer('您现在住在哪里？', type('东山村工棚'));
    await answer('您在哪里上班？');
    await answer('您要办的是什么事？');
    await answer('在这件事里，您是哪一方？', pick('我要求对方（原告/申请人）'));
    await answer('这件事现在到哪一步了？', pick('还没有起诉或申请仲裁'));
    await answer('对方是谁？', type('某建筑公司'));
    await r.locator('.step__body textarea').first().waitFor();
    await answer('请说说发生了什么', () =>
      r.locator('.step__body textarea').first().fill('在工地干了半年，老板拖欠工资三万元一直不给。'),
    );
    await answer('您有没有下面的情形？');
    await answer('您属于下面的人吗？');
    await answer('还有什么特殊情况要说明吗？');
    await answer('您家里一共几口人？');
    await answer('全家每月大概收入多少钱？', type('3000'));
    await answer('家里有什么财产？', () => r.locator('.step__body textarea').first().fill('无'));
    // No pledge screen for an exempt applicant: the photos come next.
    await visible(r, '拍几张照片');
    expect(await shown(r, '经济困难个人诚信承诺')).toBe(0);
    const [chooser] = await Promise.all([
      r.waitForEvent('filechooser'),
      r.locator('.photos__add').first().click(),
    ]);
    await chooser.setFiles(photo);
    await r.locator('.photos__img').first().waitFor();
    await next();
    await visible(r, '请核对您填写的内容');
    await r.getByText('没问题，下一步').click();
    await r.getByText('我已读完，同意按上面说的处理我的敏感个人信息').click();
    await doubleTap(r, '同意并提交申请');
    await visible(r, '申请已提交');
    await shot(r, '5-legal-aid-submitted');
    expect(await shown(r, '请选择是否签经济困难承诺')).toBe(0);
    expect(await docs(system, 'legal_aid_applications', { applicantOpenid: openid })).toHaveLength(1);
    expect(sent('legalaid', 'submit')).toBe(1);
    await context.close();
  });
});
