import { insertDocs } from '../../devcloud/db/writer';
import { generateStatsData, trueFigures } from '../../scripts/seed/stats-data';
import { roundTheClock } from '../helpers/booking';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

/** This month in Beijing time, as the dashboard's 本月 means it. */
function thisMonth(): { from: number; to: number } {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 8 * 3_600_000;
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 8 * 3_600_000;
  return { from, to };
}

/** Calls a function as a demo user through the local cloud, failing the test on a refusal. */
async function call(openid: string, fn: string, action: string, payload: object) {
  const out = await system.devcloud.functions.invoker.invoke(fn, { action, payload }, { openid });
  if (!out.ok) throw new Error(out.errMsg);
  const result = out.result as { ok: boolean; data?: Record<string, unknown>; error?: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data as Record<string, unknown>;
}

describe('the early warning and the report table in a real browser', () => {
  it('lists a red and an orange warning with their reasons; the admin acknowledges and handles one', async () => {
    await call('demo-resident', 'consultation', 'start', {
      disputeType: '邻里',
      description: '隔壁说再堵他家的路就拿刀砍死我，我现在不敢出门',
      clientKey: 'e2e-warning-threat',
    });
    const mediators = (await call('demo-resident', 'mediator', 'list', {})) as {
      items: { id: string; name: string }[];
    };
    const zhang = mediators.items.find((m) => m.name === '张桂兰')!.id;
    await call('demo-mediator-zhang', 'booking', 'setAvailability', roundTheClock);
    const days = (await call('demo-resident', 'booking', 'slots', { mediatorId: zhang })) as {
      days: { slots: { startAt: number }[] }[];
    };
    const startAt = days.days.flatMap((d) => d.slots)[0]!.startAt;
    const booked = await call('demo-resident', 'booking', 'create', {
      disputeType: '征地拆迁',
      description: '村里征地补偿款分配不公，东山村三组六十多户都有意见，大家商量要一起去县里。',
      otherParty: { name: '东山村三组', relation: '村集体', village: '东山村' },
      mediatorId: zhang,
      startAt,
      place: 'village_room',
    });
    await call('demo-mediator-zhang', 'case', 'recordReport', {
      caseId: booked.id,
      source: 'screening',
      peopleInvolved: 64,
    });

    const { context, page } = await system.signedInPage('demo-admin');
    page.setDefaultTimeout(10_000);
    await page.goto(`${system.url}/package-admin/pages/console/index`);
    await page.getByText('矛盾纠纷预警', { exact: true }).click();
    await page.getByText('红色预警').first().waitFor();
    await page.getByText('暴力威胁：出现“砍死”“拿刀”').waitFor();
    await page.getByText('涉及64人（达到50人）').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'artifacts/admin-warnings.png', fullPage: true });

    const red = page.locator('.warning-card', { hasText: '红色预警' });
    await red.getByText('已知悉', { exact: true }).click();
    await red.getByText(/^王建国.* 已知悉 · /).waitFor();
    await red.getByText('登记处置', { exact: true }).click();
    await page.getByText('已联系当事人稳控').click();
    await page.locator('.warning-card', { hasText: '红色预警' }).waitFor({ state: 'detached' });
    await page.getByText('已处置', { exact: true }).click();
    await page.getByText(/^王建国.*：已联系当事人稳控 · /).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'artifacts/admin-warnings-handled.png', fullPage: true });
    await context.close();
  });

  it('shows the bureau report table of this month with its true figures', async () => {
    const { from, to } = thisMonth();
    const data = generateStatsData(400, from, Math.min(to, Date.now()), 23);
    const engine = system.devcloud.database.engine;
    insertDocs(engine, 'consultations', data.consultations);
    insertDocs(engine, 'cases', data.cases);
    const { rebuildRollups } = await import('../../server/stats/rebuild');
    await rebuildRollups(from, to);
    const { context, page } = await system.signedInPage('demo-admin');
    page.setDefaultTimeout(10_000);
    await page.goto(`${system.url}/package-admin/pages/stats/index`);
    const table = page.locator('.rtable');
    await table.getByText('人民调解案件统计表').waitFor();
    // 邻里 has only generated cases: the first test's case is 征地拆迁.
    const truth = trueFigures(data, from, to).reportTable;
    const neighbours = table.locator('.rtable__row', { hasText: '邻里' });
    await expect(neighbours.locator('.rtable__cell').nth(1).textContent()).resolves.toBe(
      String(truth.rows.find((r) => r.type === '邻里')!.accepted),
    );
    await table.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await table.screenshot({ path: 'artifacts/admin-report-table.png' });
    const scrollTo = (x: number) =>
      table.locator('.rtable__scroll').evaluate((el, left) => {
        el.scrollLeft = left < 0 ? el.scrollWidth : left;
      }, x);
    // The amount, the people and the bands of major disputes, then the prevention figures and the sources.
    await scrollTo(260);
    await page.waitForTimeout(300);
    await table.screenshot({ path: 'artifacts/admin-report-table-bands.png' });
    await scrollTo(-1);
    await page.waitForTimeout(300);
    await table.screenshot({ path: 'artifacts/admin-report-table-right.png' });
    await context.close();
  });
});
