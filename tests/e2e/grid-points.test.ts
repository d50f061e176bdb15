import { insertDocs } from '../../devcloud/db/writer';
import { monthKey } from '../../server/stats/months';
import { type Actors, runPoints, type Story, storyEvent } from '../helpers/grid-month';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(120_000);

/** What 冯小燕's grid (东山村第一网格) had three months ago: 14 events, 32 points, 2 stars. */
const stories: [Story, number][] = [
  ['on_spot', 4],
  ['on_time', 3],
  ['late', 1],
  ['red', 1],
  ['open', 1],
  ['returned', 1],
  ['resident_on_time', 2],
  ['to_case', 1],
];

/** The month three back from now (Beijing time), with nothing of the demo in it. */
function monthsAgo(n: number): { year: number; month: number; key: string } {
  const [y, m] = monthKey(Date.now()).split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) - n;
  const year = Math.floor(k / 12);
  const month = (k % 12) + 1;
  return { year, month, key: `${year}-${String(month).padStart(2, '0')}` };
}

async function userId(openid: string): Promise<string> {
  const out = await system.devcloud.functions.invoker.invoke(
    'user',
    { action: 'me', payload: {} },
    { openid },
  );
  return ((out.ok ? out.result : {}) as { data: { id: string } }).data.id;
}

describe('the star-rated grids in a real browser', () => {
  it('shows the bureau the month’s figures, the ranking with stars and the grid’s points; the worker sees why', async () => {
    const month = monthsAgo(3);
    const [grid, admin, resident] = await Promise.all([
      userId('demo-grid'),
      userId('demo-admin'),
      userId('demo-resident'),
    ]);
    const actors: Actors = {
      street: { id: admin },
      unit: { id: 'u1', unitId: 'unit-e2e' },
      resident: { id: resident },
    };
    const place = {
      gridId: 'grid-dongshan-1',
      villageId: 'area-dongshan',
      townId: 'area-chengguan',
      x: 2,
      y: 25,
      workerId: grid,
    };
    let seq = 0;
    const events = stories.flatMap(([story, n]) =>
      Array.from({ length: n }, () => {
        seq += 1;
        return storyEvent(`e2e-ev-${seq}`, story, place, actors, month, 1 + seq, 9000 + seq, Date.now());
      }),
    );
    // Stored as the workflow would have left them; the engine takes plain documents.
    insertDocs(
      system.devcloud.database.engine,
      'grid_events',
      events.map((e) => ({ ...e })),
    );
    await runPoints(events);

    const { context, page } = await system.signedInPage('demo-admin');
    page.setDefaultTimeout(15_000);
    await page.goto(`${system.url}/package-admin/pages/console/index`);
    await page.getByText('星级网格', { exact: true }).click();
    await page.getByText('星级排名').waitFor();
    for (let i = 0; i < 3; i += 1) await page.getByText('上个月', { exact: true }).click();
    await page.getByText(`${month.year}年${month.month}月`, { exact: true }).waitFor();
    const row = page.locator('.rank-list__row', { hasText: '东山村第一网格' });
    await row.getByText('32分').waitFor();
    await row.getByText('★★☆☆☆').waitFor();
    await row.locator('.rank-list__rank', { hasText: '1' }).waitFor();
    await page.screenshot({ path: 'artifacts/grid-ranking.png' });

    // 14 reported, 13 filed (one returned), 12 due (the open one's deadline is ahead), 11 closed, 10 on time.
    const figure = (label: string) =>
      page.locator('.ev-figures__item', { has: page.getByText(label, { exact: true }) });
    await figure('上报事件').getByText('14件').waitFor();
    await figure('立案数').getByText('13件').waitFor();
    await figure('应结案数').getByText('12件').waitFor();
    await figure('结案率').getByText('91.7%').waitFor();
    await figure('按期结案率').getByText('83.3%').waitFor();
    await figure('按期结案率').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'artifacts/grid-figures.png' });

    await row.click();
    await page.getByText('东山村第一网格的积分明细').waitFor();
    await page.getByText('督办红牌 1 次，共 -10 分').waitFor();
    await page
      .getByText(/超过办理时限才结案/)
      .first()
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'artifacts/grid-ranking-detail.png' });
    await context.close();

    const worker = await system.signedInPage('demo-grid');
    worker.page.setDefaultTimeout(15_000);
    await worker.page.goto(`${system.url}/package-grid/pages/points/index`);
    await worker.page.getByText('积分怎么算').waitFor();
    for (let i = 0; i < 3; i += 1) await worker.page.getByText('上个月', { exact: true }).click();
    await worker.page.locator('.star-head__points', { hasText: '32' }).waitFor();
    await worker.page.getByText('2星网格').waitFor();
    await worker.page.getByText(/超期被督办（红牌）/).waitFor();
    await worker.page.screenshot({ path: 'artifacts/grid-points.png' });
    await worker.context.close();
  });
});
