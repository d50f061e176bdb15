import { readFileSync } from 'node:fs';
import { insertDocs } from '../../devcloud/db/writer';
import { generateStatsData, trueFigures } from '../../scripts/seed/stats-data';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

/** This month in the browser's time zone (Asia/Shanghai), as the dashboard's 本月 means it. */
function thisMonth(): { from: number; to: number } {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 8 * 3_600_000;
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 8 * 3_600_000;
  return { from, to };
}

describe('the admin console in a real browser', () => {
  it('publishes a notice that a resident then sees on the home page', async () => {
    const admin = await system.signedInPage('demo-admin');
    const { page } = admin;
    page.setDefaultTimeout(10_000);
    await page.goto(`${system.url}/package-admin/pages/console/index`);
    await page.getByText('公告管理', { exact: true }).click();
    await page.getByText('写公告', { exact: true }).click();
    await page.getByText('新公告').waitFor();
    await page.locator('.field', { hasText: '标题' }).locator('input').fill('周六法律服务进东山村');
    await page.locator('.choice', { hasText: '法治宣传' }).click();
    await page
      .locator('.notice-form__body textarea')
      .fill('本周六上午九点，司法所在东山村村委会提供免费法律咨询。\n欢迎村民前来。');
    await page.getByText('预览', { exact: true }).click();
    await page.getByText('预览 · 居民看到的样子').waitFor();
    await page.screenshot({ path: 'artifacts/admin-notice-preview.png', fullPage: true });
    await page.getByText('继续编辑').click();
    await page.getByText('立即发布').click();
    await page.locator('.notice-edit__status', { hasText: '已发布' }).waitFor();
    await page.screenshot({ path: 'artifacts/admin-notice-published.png', fullPage: true });
    await admin.context.close();

    const resident = await system.signedInPage('demo-resident');
    await resident.page.getByText('周六法律服务进东山村').waitFor();
    await resident.page.screenshot({ path: 'artifacts/admin-notice-on-home.png', fullPage: true });
    await resident.context.close();
  });

  it('shows the dashboard for this month and downloads the export', async () => {
    const { from, to } = thisMonth();
    // The day's records so far would be too few to see: a month of generated ones (not the demo's).
    const data = generateStatsData(400, from, Math.min(to, Date.now()), 11);
    const engine = system.devcloud.database.engine;
    insertDocs(engine, 'consultations', data.consultations);
    insertDocs(engine, 'cases', data.cases);
    insertDocs(engine, 'legal_aid_applications', data.legalAid);
    const truth = trueFigures(data, from, to);

    const { context, page } = await system.signedInPage('demo-admin');
    page.setDefaultTimeout(10_000);
    await page.goto(`${system.url}/package-admin/pages/stats/index`);
    await page.getByText('调解成功率').first().waitFor();
    await page.getByText(`本月共排查纠纷${truth.screened}件`, { exact: false }).waitFor();
    await page.screenshot({ path: 'artifacts/admin-dashboard.png', fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByText('导出表格（CSV）').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^调解统计-\d{4}-\d{2}\.csv$/);
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`${truth.screened},${truth.prevented},${truth.mediated},${truth.succeeded},`);
    expect(text).toContain('按村（社区）');

    await page.goto(`${system.url}/package-admin/pages/audit/index`);
    await page.getByText('导出统计').first().waitFor();
    await page.getByText('发布公告').first().waitFor();
    await page.screenshot({ path: 'artifacts/admin-audit.png', fullPage: true });
    await context.close();
  });
});
