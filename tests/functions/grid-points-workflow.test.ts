import type { GridLedger } from '@contracts/grid/points';
import { monthKey } from '@server/stats/months';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';
import { actOk, castGrid, type GridCast, photoOf, reportAs, reportInput } from '../helpers/grid';

/**
 * The ledger written by the real workflow: every step goes through the gridevent function, whose
 * applyStep() calls the points hook inside its transaction; the grid worker's 我的积分 shows each row.
 */
const app = useAppCloud();
jest.setTimeout(120_000);

let c: GridCast;
beforeAll(async () => {
  c = await castGrid(app);
});

const mine = async () =>
  dataOf<GridLedger>(await app.call(c.worker.openid, 'gridpoints', 'mine', { month: monthKey(Date.now()) }));

async function rowsOf(eventId: string): Promise<{ cause: string; points: number }[]> {
  const res = await sdk(app.db.collection('grid_points').where({ 'source.eventId': eventId }).get());
  return (res as unknown as { data: { cause: string; points: number }[] }).data
    .map((r) => ({ cause: r.cause, points: r.points }))
    .sort((a, b) => a.cause.localeCompare(b.cause));
}

describe('points from the workflow', () => {
  it('credits the report, the on-site check and the closing on time, each once', async () => {
    const e = await reportAs(app, c.worker, {
      type: 'hazard',
      description: '村口桥栏杆松动，有人掉下去的危险',
    });
    await actOk(app, c.street, { step: 'accept', eventId: e.id });
    await actOk(app, c.street, { step: 'dispatch', eventId: e.id, unitId: c.squadUnitId });
    await actOk(app, c.squad, { step: 'take', eventId: e.id });
    await actOk(app, c.squad, {
      step: 'reply',
      eventId: e.id,
      note: '已加固栏杆',
      photos: [photoOf(app, c.squad)],
    });
    await actOk(app, c.worker, { step: 'verify_pass', eventId: e.id, photos: [photoOf(app, c.worker)] });
    await actOk(app, c.worker, { step: 'close', eventId: e.id });
    expect(await rowsOf(e.id)).toEqual([
      { cause: 'reported', points: 2 },
      { cause: 'resolved_on_time', points: 3 },
      { cause: 'verified', points: 1 },
    ]);
    const ledger = await mine();
    expect(ledger.rows.filter((r) => r.eventNumber === e.number).map((r) => r.text)).toEqual(
      expect.arrayContaining([
        `上报事件 ${e.number}（安全隐患）`,
        `到现场核查事件 ${e.number}`,
        `事件 ${e.number} 按期结案`,
      ]),
    );
  });

  it('credits a small matter resolved on the spot, and a repeated report writes nothing twice', async () => {
    const input = reportInput(app, c.worker, { type: 'other', description: '村口路灯不亮了' });
    const first = dataOf<{ id: string }>(await app.call(c.worker.openid, 'gridevent', 'report', input));
    const again = dataOf<{ id: string }>(await app.call(c.worker.openid, 'gridevent', 'report', input));
    expect(again.id).toBe(first.id);
    await actOk(app, c.worker, {
      step: 'resolve_on_spot',
      eventId: first.id,
      note: '已换灯泡',
      photos: [photoOf(app, c.worker)],
    });
    expect(await rowsOf(first.id)).toEqual([
      { cause: 'reported', points: 2 },
      { cause: 'resolved_on_time', points: 3 },
    ]);
  });

  it('gives a resident’s report no patrol points', async () => {
    const e = await reportAs(app, c.resident, { type: 'facility', description: '广场健身器材坏了' });
    expect(await rowsOf(e.id)).toEqual([]);
  });
});

describe('patrol disputes in the mediation statistics', () => {
  const DAY = 86_400_000;
  const dashboard = async (areaId?: string) =>
    dataOf<{
      figures: { screened: number };
      byType: { key: string; screened: number }[];
      byVillage: { key: string; screened: number }[];
    }>(
      await app.call(c.street.openid, 'stats', 'dashboard', {
        from: Date.now() - DAY,
        to: Date.now() + DAY,
        ...(areaId ? { areaId } : {}),
      }),
    );
  const patrolLine = (d: Awaited<ReturnType<typeof dashboard>>) =>
    d.byType.find((r) => r.key === '网格巡查发现')?.screened ?? 0;

  it('counts a dispute found on patrol as 排查, in its village, once; a resident’s report is not', async () => {
    const before = await dashboard();
    await reportAs(app, c.worker, { type: 'dispute', description: '两户村民因排水沟堵塞争吵' });
    await reportAs(app, c.worker, { type: 'hazard', description: '河边护栏缺了一段' });
    await reportAs(app, c.resident, { type: 'dispute', description: '邻居家狗半夜叫，吵架了' });
    const after = await dashboard();
    expect(after.figures.screened - before.figures.screened).toBe(1);
    expect(patrolLine(after) - patrolLine(before)).toBe(1);
    expect(after.byVillage.find((r) => r.key === '东山村')?.screened).toBeGreaterThanOrEqual(1);
    expect(patrolLine(await dashboard('area-dongshan'))).toBe(patrolLine(after));
    expect(patrolLine(await dashboard('area-xiling'))).toBe(0);
  });

  it('agrees with the rebuild from the records', async () => {
    const { rebuildRollups } = await import('@server/stats/rebuild');
    const report = await rebuildRollups(Date.now() - DAY, Date.now() + DAY);
    expect(report.differences).toEqual([]);
  });
});
