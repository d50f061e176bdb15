import type { Page } from 'playwright-core';
import { insertDocs } from '../../devcloud/db/writer';
import { generateStatsData, trueFigures } from '../../scripts/seed/stats-data';
import { docs, openidOf, tapTab, visible } from './helpers/journey';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(150_000);

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // let the page transition settle
  await page.screenshot({ path: `artifacts/areas-${name}.png`, fullPage: true });
}

/**
 * Opens a selector by the text it shows and taps one of its rows, as a thumb does, then 确定. The wheel's
 * shading mask lies over the rows and takes the tap for the row under it (force: the tap lands there).
 */
async function pick(page: Page, opener: string, item: string): Promise<void> {
  await page.getByText(opener).locator('visible=true').first().click();
  const row = page.locator('.weui-picker__item', { hasText: item }).locator('visible=true').first();
  // The sheet slides up: tap once the row has come to rest inside the screen.
  const height = page.viewportSize()?.height ?? 0;
  let last = -1;
  for (let tries = 0; tries < 100; tries += 1) {
    const box = await row.boundingBox();
    if (box && box.y > 0 && box.y + box.height < height && box.y === last) break;
    last = box?.y ?? -1;
    await page.waitForTimeout(100);
  }
  await row.click({ force: true });
  await page.getByText('确定', { exact: true }).locator('visible=true').first().click();
}

/** This month in China time, as the dashboard's 本月 means it. */
function thisMonth(): { from: number; to: number } {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 8 * 3_600_000;
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 8 * 3_600_000;
  return { from, to };
}

describe('the area tree in a real browser', () => {
  it('a brand-new resident picks their town and village in 我的', async () => {
    const context = await system.browser.phone();
    const page = await context.newPage();
    await page.goto(`${system.url}/`);
    await page.getByText('以新居民身份进入', { exact: true }).click();
    await visible(page, '预约调解');
    const openid = await openidOf(page);
    await tapTab(page, '我的');
    await page.getByText('去选择 ›').locator('visible=true').first().click();
    await visible(page, '您住在哪个村（社区）？');
    await pick(page, '请选择镇（街道）', '南湖镇');
    await pick(page, '请选择村（社区）', '北坡村');
    await shot(page, '1-village-picked');
    await page.getByText('就是北坡村').locator('visible=true').first().click();
    // Back on 我的, which reloads the profile when shown again.
    await visible(page, '北坡村 ›');
    await shot(page, '2-profile-saved');
    const [user] = await docs(system, 'users', { openid });
    expect(user).toMatchObject({ areaId: 'area-beipo', village: '北坡村', area: { townId: 'area-nanhu' } });
    await context.close();
  });

  it("the town admin's statistics hold their town only, and narrow to one of its villages", async () => {
    const { from, to } = thisMonth();
    const data = generateStatsData(400, from, Math.min(to, Date.now()), 13);
    const engine = system.devcloud.database.engine;
    insertDocs(engine, 'consultations', data.consultations);
    insertDocs(engine, 'cases', data.cases);
    insertDocs(engine, 'legal_aid_applications', data.legalAid);
    const { rebuildRollups } = await import('../../server/stats/rebuild');
    await rebuildRollups(from, to);
    const town = trueFigures(data, from, to, 'area-nanhu');
    const beipo = trueFigures(data, from, to, 'area-beipo');
    const county = trueFigures(data, from, to);
    expect(county.screened).toBeGreaterThan(town.screened);

    const { context, page } = await system.signedInPage('demo-town-admin');
    page.setDefaultTimeout(10_000);
    await page.goto(`${system.url}/package-admin/pages/stats/index`);
    await page.getByText(`南湖镇，本月共排查纠纷${town.screened}件`, { exact: false }).waitFor();
    // The by-village bars name this town's villages only.
    await page.locator('.stats__block', { hasText: '按村（社区）' }).getByText('北坡村').waitFor();
    expect(await page.getByText('东山村').count()).toBe(0);
    await shot(page, '3-town-dashboard');
    await pick(page, '全镇（街道）', '北坡村');
    await page.getByText(`南湖镇北坡村，本月共排查纠纷${beipo.screened}件`, { exact: false }).waitFor();
    await shot(page, '4-town-village-dashboard');
    await context.close();
  });
});
