import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { insertDocs } from '../../devcloud/db/writer';
import { type OfficialAccountStandIn, startOfficialAccountStandIn } from '../../devcloud/official-account';
import { generateStatsData, trueFigures } from '../../scripts/seed/stats-data';
import { useLocalSystem } from './helpers/local-system';

// The official account stand-in starts first: the functions read its address when the local cloud starts.
let oa: OfficialAccountStandIn;
beforeAll(async () => {
  oa = await startOfficialAccountStandIn();
  oa.state.pollsBeforeDone = 0;
  Object.assign(process.env, { PMR_OA_APPID: oa.appid, PMR_OA_SECRET: oa.secret, PMR_OA_API_BASE: oa.url });
});
afterAll(async () => {
  await oa?.close();
  for (const k of ['PMR_OA_APPID', 'PMR_OA_SECRET', 'PMR_OA_API_BASE']) delete process.env[k];
});
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
    await page.getByText('新公告', { exact: true }).waitFor();
    await page.locator('.field', { hasText: '标题' }).locator('input').fill('周六法律服务进东山村');
    await page.locator('.choice', { hasText: '法治宣传' }).click();
    await page
      .locator('.notice-form__body textarea')
      .fill('本周六上午九点，司法所在东山村村委会提供免费法律咨询。\n欢迎村民前来。');
    await page.getByText('预览', { exact: true }).click();
    await page.getByText('预览 · 居民看到的样子').waitFor();
    await page.screenshot({ path: 'artifacts/admin-notice-preview.png', fullPage: true });
    await page.getByText('继续编辑').click();
    await page.locator('.publish__row', { hasText: '同时发布到公众号' }).locator('taro-switch-core').click();
    await page.getByText('立即发布').click();
    await page.locator('.notice-edit__status', { hasText: '已发布' }).waitFor();
    await page.getByText('公众号发布中').waitFor();
    await page.getByText('刷新发布进度').click();
    await page.getByText('已发布到公众号').waitFor();
    expect([...oa.state.drafts.values()].map((d) => d.title)).toEqual(['周六法律服务进东山村']);
    await page.screenshot({ path: 'artifacts/admin-notice-published.png', fullPage: true });
    await page.goto(`${system.url}/package-admin/pages/notices/index`);
    await page.locator('.notice-row', { hasText: '周六法律服务进东山村' }).waitFor();
    await page.screenshot({ path: 'artifacts/admin-notices.png', fullPage: true });
    await admin.context.close();

    const resident = await system.signedInPage('demo-resident');
    await resident.page.getByText('周六法律服务进东山村').waitFor();
    await resident.page.screenshot({ path: 'artifacts/admin-notice-on-home.png', fullPage: true });
    await resident.page.getByText('周六法律服务进东山村').click();
    await resident.page.getByText('有新公告时提醒我').click();
    await resident.page.getByText('下次发布新公告时会提醒您一次').waitFor();
    await resident.page.screenshot({ path: 'artifacts/notice-detail-remind.png', fullPage: true });
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

    const xlsxDownload = page.waitForEvent('download');
    await page.getByText('导出 Excel 表格').click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/^统计-\d{4}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    const xlsxBytes = readFileSync(await xlsx.path());
    await book.xlsx.load(xlsxBytes as unknown as Parameters<typeof book.xlsx.load>[0]);
    const figures = (book.worksheets[0]!.getRow(4).values as unknown[]).slice(1, 5);
    expect(figures).toEqual([truth.screened, truth.prevented, truth.mediated, truth.succeeded]);

    const download = page.waitForEvent('download');
    await page.getByText('导出 CSV（其他软件用）').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^统计-\d{4}-\d{2}\.csv$/);
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`${truth.screened},${truth.prevented},${truth.mediated},${truth.succeeded},`);
    expect(text).toContain('按村（社区）');

    await page.goto(`${system.url}/package-admin/pages/audit/index`);
    await page.getByText('导出统计').first().waitFor();
    await page.getByText('发布公告').first().waitFor();
    await page.screenshot({ path: 'artifacts/admin-audit.png', fullPage: true });

    await page.goto(`${system.url}/package-admin/pages/mediators/index`);
    await page.getByText('张桂兰').first().waitFor();
    await page
      .getByText(/接待中 \d+\/\d+ 件/)
      .first()
      .waitFor();
    await page.screenshot({ path: 'artifacts/admin-mediators.png', fullPage: true });
    await context.close();
  });

  it('holds a genuine complaint for a person: the admin reads it under 内容审核 and approves it', async () => {
    const complaint = '我儿子赌博欠了十几万，债主天天上门，家里过不下去了';
    const started = await system.devcloud.functions.invoker.invoke(
      'consultation',
      {
        action: 'start',
        payload: { disputeType: '婚姻家庭', description: complaint, clientKey: 'e2e-held-1' },
      },
      { openid: 'demo-resident' },
    );
    expect(started).toMatchObject({ ok: true, result: { ok: true } });

    const { context, page } = await system.signedInPage('demo-admin');
    page.setDefaultTimeout(10_000);
    await page.goto(`${system.url}/package-admin/pages/console/index`);
    await page.getByText('内容审核', { exact: true }).click();
    const card = page.locator('.held-card', { hasText: '债主天天上门' });
    await card.waitFor();
    await card.getByText('咨询描述', { exact: true }).waitFor();
    await card.getByText('咨询 · 婚姻家庭 · 李大爷').waitFor();
    await page.screenshot({ path: 'artifacts/admin-held.png', fullPage: true });
    await card.getByText('通过', { exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await page.locator('.chip', { hasText: '已通过' }).click();
    await page
      .locator('.held-card', { hasText: '债主天天上门' })
      .getByText(/已通过 · /)
      .waitFor();

    await page.goto(`${system.url}/package-admin/pages/audit/index`);
    await page.locator('.chip', { hasText: '内容审核' }).click();
    await page.getByText('审核通过').first().waitFor();
    await context.close();
  });
});
