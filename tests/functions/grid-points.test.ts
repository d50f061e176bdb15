import type { FigureRow, GridFigures } from '@contracts/grid/figures';
import type { GridLedger, GridRank, StarScheme } from '@contracts/grid/points';
import type { GridEventDoc } from '@server/grid/models';
import { monthKey } from '@server/stats/months';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import { sdk } from '../helpers/devcloud';
import {
  type Actors,
  defaultWeights,
  type GridPlace,
  runPoints,
  type Story,
  storeEvents,
  storyEvent,
  storyTruth,
} from '../helpers/grid-month';

/**
 * The star-rated grids on a generated month (March 2026) whose true figures are known: events with their
 * timelines go straight into the database, the points hook runs over every step as the workflow runs it,
 * and the ledger, the stars, the ranking and the figures must match what each story is worth.
 */
const app = useAppCloud();
jest.setTimeout(120_000);

const MONTH = '2026-03';
const month = { year: 2026, month: 3 };
const DEFAULT_THRESHOLDS = [10, 30, 60, 100, 150];

/** How many events of each story each grid had in the month. */
const plan: Record<string, Partial<Record<Story, number>>> = {
  'grid-dongshan-1': {
    on_spot: 4,
    on_time: 3,
    late: 1,
    red: 1,
    open: 1,
    returned: 1,
    resident_on_time: 2,
    to_case: 1,
  },
  'grid-dongshan-2': { on_spot: 2, on_time: 2, late: 2 },
  'grid-xiling-1': { on_spot: 6, on_time: 4 },
  'grid-nanhu-1': { on_time: 2 },
};

const places: Record<string, Omit<GridPlace, 'workerId'>> = {
  'grid-dongshan-1': {
    gridId: 'grid-dongshan-1',
    villageId: 'area-dongshan',
    townId: 'area-chengguan',
    x: 2,
    y: 25,
  },
  'grid-dongshan-2': {
    gridId: 'grid-dongshan-2',
    villageId: 'area-dongshan',
    townId: 'area-chengguan',
    x: 7,
    y: 25,
  },
  'grid-xiling-1': {
    gridId: 'grid-xiling-1',
    villageId: 'area-xiling',
    townId: 'area-chengguan',
    x: 13,
    y: 25,
  },
  'grid-nanhu-1': { gridId: 'grid-nanhu-1', villageId: 'area-nanhu-cun', townId: 'area-nanhu', x: 25, y: 25 },
  'grid-xiling-2': {
    gridId: 'grid-xiling-2',
    villageId: 'area-xiling',
    townId: 'area-chengguan',
    x: 18,
    y: 25,
  },
};

const workers: Record<string, { openid: string; id: string }> = {};
let countyAdmin: { openid: string; id: string };
let townAdmin: { openid: string; id: string };
let nanhuAdmin: { openid: string; id: string };
let resident: { openid: string; id: string };
const events: GridEventDoc[] = [];

/** The month's true points of a grid under the default weights, from the stories alone. */
function truePoints(gridId: string): number {
  return Object.entries(plan[gridId] ?? {}).reduce(
    (sum, [story, n]) =>
      sum + (n ?? 0) * storyTruth[story as Story].causes.reduce((s, c) => s + defaultWeights[c], 0),
    0,
  );
}

const starsUnder = (points: number, thresholds: number[]) => thresholds.filter((t) => points >= t).length;

/** The true figures of a set of grids. */
function trueFigures(gridIds: string[]) {
  const f = { received: 0, filed: 0, dispatched: 0, due: 0, closed: 0, onTime: 0 };
  for (const g of gridIds) {
    for (const [story, n] of Object.entries(plan[g] ?? {})) {
      const t = storyTruth[story as Story];
      f.received += n ?? 0;
      f.filed += t.filed ? (n ?? 0) : 0;
      f.dispatched += t.dispatched ? (n ?? 0) : 0;
      f.due += t.due ? (n ?? 0) : 0;
      f.closed += t.closed ? (n ?? 0) : 0;
      f.onTime += t.onTime ? (n ?? 0) : 0;
    }
  }
  return f;
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);

async function ranking(openid: string, areaId?: string) {
  return dataOf<{ items: GridRank[]; scopeName: string }>(
    await app.call(openid, 'gridpoints', 'ranking', { month: MONTH, ...(areaId ? { areaId } : {}) }),
  );
}

async function rowCount(): Promise<number> {
  const res = await sdk(app.db.collection('grid_points').count());
  return (res as { total: number }).total;
}

beforeAll(async () => {
  await plantAreas(app);
  for (const gridId of Object.keys(places)) {
    workers[gridId] = await app.createUser('grid_worker', {
      scopeAreaId: gridId,
      nickname: `${gridId}网格员`,
    });
  }
  countyAdmin = await app.createUser('admin', { nickname: '县局管理员' });
  townAdmin = await app.createUser('admin', { scopeAreaId: 'area-chengguan', nickname: '城关司法所' });
  nanhuAdmin = await app.createUser('admin', { scopeAreaId: 'area-nanhu', nickname: '南湖司法所' });
  resident = await app.createUser('resident', { areaId: 'area-dongshan', nickname: '李大爷' });
  const unitStaff = await app.createUser('unit_staff');
  for (const [id, name, kind] of [
    ['unit-dongshan', '东山村民委员会', 'community'],
    ['unit-zhifa', '综合执法队', 'department'],
  ] as const) {
    await sdk(
      app.db
        .collection('units')
        .doc(id)
        .set({
          data: {
            name,
            kind,
            area: { countyId: 'area-county', townId: 'area-chengguan' },
            staffUserIds: [unitStaff.id],
            active: true,
            createdAt: Date.now(),
          },
        }),
    );
  }
  const now = Date.now();
  let seq = 0;
  for (const [gridId, stories] of Object.entries(plan)) {
    const place = { ...places[gridId], workerId: workers[gridId].id };
    const unitId = gridId.startsWith('grid-dongshan') ? 'unit-dongshan' : 'unit-zhifa';
    const actors: Actors = { street: countyAdmin, unit: { id: unitStaff.id, unitId }, resident };
    for (const [story, n] of Object.entries(stories)) {
      for (let i = 0; i < (n ?? 0); i += 1) {
        seq += 1;
        events.push(storyEvent(`ev-${seq}`, story as Story, place, actors, month, 1 + (seq % 27), seq, now));
      }
    }
  }
  await storeEvents(app, events);
  await runPoints(events);
});

describe('the ledger of a generated month', () => {
  it('writes one row per cause of each story, with its reason in words', async () => {
    const expected = Object.values(plan)
      .flatMap((stories) => Object.entries(stories))
      .reduce((n, [story, count]) => n + (count ?? 0) * storyTruth[story as Story].causes.length, 0);
    expect(await rowCount()).toBe(expected);
    const mine = dataOf<GridLedger>(
      await app.call(workers['grid-dongshan-1'].openid, 'gridpoints', 'mine', { month: MONTH }),
    );
    expect(mine.points).toBe(truePoints('grid-dongshan-1'));
    expect(mine.points).toBe(32);
    expect(mine.stars).toBe(2);
    const late = events.find((e) => e.description.startsWith('late') && e.area.gridId === 'grid-dongshan-1');
    const lateRows = mine.rows.filter((r) => r.eventNumber === late?.number);
    expect(lateRows.map((r) => [r.causeLabel, r.points]).sort()).toEqual(
      [
        ['巡查上报', 2],
        ['督办黄牌', -5],
        ['现场核查', 1],
        ['超期办结', -3],
      ].sort(),
    );
    expect(lateRows.find((r) => r.cause === 'overdue')?.text).toBe(`事件 ${late?.number} 超过办理时限才结案`);
    expect(mine.causes.find((c) => c.cause === 'red_card')).toMatchObject({ count: 1, points: -10 });
    expect(mine.history).toEqual([{ month: MONTH, points: 32, stars: 2 }]);
  });

  it('writes nothing twice when the steps run again (a retried step)', async () => {
    const before = await rowCount();
    await runPoints(events);
    expect(await rowCount()).toBe(before);
    const again = dataOf<GridLedger>(
      await app.call(workers['grid-dongshan-1'].openid, 'gridpoints', 'mine', { month: MONTH }),
    );
    expect(again.points).toBe(32);
  });

  it('shows a month without events as empty, not as someone else’s', async () => {
    const april = dataOf<GridLedger>(
      await app.call(workers['grid-dongshan-1'].openid, 'gridpoints', 'mine', { month: '2026-04' }),
    );
    expect(april).toMatchObject({ points: 0, stars: 0, rows: [] });
    expect(april.history).toEqual([{ month: MONTH, points: 32, stars: 2 }]);
  });
});

describe('the ranking', () => {
  it('ranks every grid of the county by points, ties sharing a rank, stars by the thresholds', async () => {
    const { items, scopeName } = await ranking(countyAdmin.openid);
    expect(scopeName).toBe('清溪县');
    expect(items).toHaveLength(10);
    for (const item of items) {
      expect([item.gridId, item.points, item.stars]).toEqual([
        item.gridId,
        truePoints(item.gridId),
        starsUnder(truePoints(item.gridId), DEFAULT_THRESHOLDS),
      ]);
    }
    expect(items.slice(0, 4).map((i) => [i.gridName, i.points, i.rank])).toEqual([
      ['西岭村第一网格', 54, 1],
      ['东山村第一网格', 32, 2],
      ['东山村第二网格', 12, 3],
      ['南湖村第一网格', 12, 3],
    ]);
    expect(items[4].rank).toBe(5);
    expect(items[0].workerName).toBe('grid-xiling-1网格员');
  });

  it('keeps a town to its own grids, and a node inside it to that node', async () => {
    const nanhu = await ranking(nanhuAdmin.openid);
    expect(nanhu.items.map((i) => i.gridId).sort()).toEqual(
      ['grid-beipo-1', 'grid-beipo-2', 'grid-nanhu-1', 'grid-nanhu-2'].sort(),
    );
    const dongshan = await ranking(townAdmin.openid, 'area-dongshan');
    expect(dongshan.scopeName).toBe('东山村');
    expect(dongshan.items.map((i) => i.points)).toEqual([32, 12]);
  });
});

describe('the figures', () => {
  const check = (row: FigureRow, gridIds: string[]) => {
    const t = trueFigures(gridIds);
    expect(row).toMatchObject({ ...t, closeRate: pct(t.closed, t.due), onTimeRate: pct(t.onTime, t.due) });
  };

  it('counts 立案, 应结案, 结案率 and 按期结案率 of the town, by grid, community, type and unit', async () => {
    const f = dataOf<GridFigures>(
      await app.call(townAdmin.openid, 'gridpoints', 'figures', { month: MONTH }),
    );
    const town = ['grid-dongshan-1', 'grid-dongshan-2', 'grid-xiling-1'];
    check(f.total, town);
    const byGrid = Object.fromEntries(f.byGrid.map((r) => [r.key, r]));
    for (const g of town) check(byGrid[g], [g]);
    expect(byGrid['grid-dongshan-1']).toMatchObject({
      label: '东山村第一网格',
      received: 14,
      filed: 13,
      due: 12,
      closed: 11,
      onTime: 10,
      closeRate: 91.7,
      onTimeRate: 83.3,
    });
    const byCommunity = Object.fromEntries(f.byCommunity.map((r) => [r.label, r]));
    check(byCommunity.东山村, ['grid-dongshan-1', 'grid-dongshan-2']);
    check(byCommunity.西岭村, ['grid-xiling-1']);
    const byUnit = Object.fromEntries(f.byUnit.map((r) => [r.label, r.dispatched]));
    expect(byUnit).toEqual({
      东山村民委员会: trueFigures(['grid-dongshan-1', 'grid-dongshan-2']).dispatched,
      综合执法队: trueFigures(['grid-xiling-1']).dispatched,
    });
    expect(f.byType.reduce((n, r) => n + r.received, 0)).toBe(f.total.received);
    const disputes = events.filter((e) => e.type === 'dispute' && e.area.townId === 'area-chengguan').length;
    expect(f.byType.find((r) => r.key === 'dispute')?.received).toBe(disputes);
  });

  it('counts the county and leaves other months out', async () => {
    const county = dataOf<GridFigures>(
      await app.call(countyAdmin.openid, 'gridpoints', 'figures', { month: MONTH }),
    );
    check(county.total, Object.keys(plan));
    const april = dataOf<GridFigures>(
      await app.call(countyAdmin.openid, 'gridpoints', 'figures', { month: '2026-04' }),
    );
    expect(april.total).toMatchObject({ received: 0, due: 0, closeRate: 0, onTimeRate: 0 });
  });
});

describe('the scheme', () => {
  const scheme = async (): Promise<StarScheme> =>
    dataOf<{ scheme: StarScheme }>(await app.call(countyAdmin.openid, 'gridpoints', 'scheme', {})).scheme;

  it('changes the stars with new thresholds, and the weights only of points written afterwards', async () => {
    const current = await scheme();
    expect(current.thresholds).toEqual(DEFAULT_THRESHOLDS);
    const next = {
      ...current,
      thresholds: [5, 10, 20, 40, 80],
      weights: { ...current.weights, reported: 10 },
    };
    dataOf(await app.call(countyAdmin.openid, 'gridpoints', 'saveScheme', { scheme: next }));
    const { items } = await ranking(countyAdmin.openid);
    const dongshan = items.find((i) => i.gridId === 'grid-dongshan-1');
    expect(dongshan).toMatchObject({ points: 32, stars: 3 });
    expect(items.find((i) => i.gridId === 'grid-xiling-1')).toMatchObject({ points: 54, stars: 4 });

    const place = { ...places['grid-xiling-2'], workerId: workers['grid-xiling-2'].id };
    const fresh = storyEvent(
      'ev-fresh',
      'on_spot',
      place,
      { street: countyAdmin, unit: { id: 'x', unitId: 'unit-zhifa' }, resident },
      month,
      10,
      900,
      Date.now(),
    );
    await storeEvents(app, [fresh]);
    await runPoints([fresh]);
    const xiling2 = dataOf<GridLedger>(
      await app.call(workers['grid-xiling-2'].openid, 'gridpoints', 'mine', { month: MONTH }),
    );
    expect(xiling2.rows.map((r) => [r.cause, r.points]).sort()).toEqual([
      ['reported', 10],
      ['resolved_on_time', 3],
    ]);
    expect(xiling2.stars).toBe(2);
    const log = dataOf<{ items: { actionLabel: string; changes: { field: string; after: string }[] }[] }>(
      await app.call(countyAdmin.openid, 'audit', 'list', { domain: 'gridpoints', limit: 10 }),
    ).items;
    expect(log[0].actionLabel).toBe('修改星级网格评定办法');
    expect(log[0].changes).toContainEqual(
      expect.objectContaining({ field: '一到五星分数线', after: '5、10、20、40、80' }),
    );
    dataOf(await app.call(countyAdmin.openid, 'gridpoints', 'saveScheme', { scheme: current }));
  });

  it('refuses a scheme that rewards a red card or whose thresholds do not climb', async () => {
    const current = await scheme();
    const bad = await app.call(countyAdmin.openid, 'gridpoints', 'saveScheme', {
      scheme: { ...current, weights: { ...current.weights, red_card: 5 }, thresholds: [10, 10, 20, 30, 40] },
    });
    expect(codeOf(bad)).toBe('BAD_REQUEST');
    expect(!bad.ok && bad.error.fields).toMatchObject({
      'scheme.weights.red_card': '扣分项的分值不能为正',
      'scheme.thresholds': '星级分数线要逐级提高',
    });
  });

  it('is the county bureau’s: a town admin cannot change it', async () => {
    const current = await scheme();
    expect(codeOf(await app.call(townAdmin.openid, 'gridpoints', 'saveScheme', { scheme: current }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('hand scores', () => {
  it('adds the bureau’s score of an item, and a second score replaces the first', async () => {
    const call = (points: number, openid = townAdmin.openid) =>
      app.call(openid, 'gridpoints', 'handScore', {
        gridId: 'grid-dongshan-2',
        month: MONTH,
        itemKey: 'party',
        points,
      });
    expect(dataOf(await call(8))).toEqual({ month: MONTH, points: 20, stars: 1 });
    expect(dataOf(await call(6))).toEqual({ month: MONTH, points: 18, stars: 1 });
    const ledger = dataOf<GridLedger>(
      await app.call(workers['grid-dongshan-2'].openid, 'gridpoints', 'mine', { month: MONTH }),
    );
    expect(ledger.rows.filter((r) => r.cause === 'hand').map((r) => r.text)).toEqual([
      '党支部建设考核得6分（满分10分）',
    ]);
    const over = await call(11);
    expect(codeOf(over)).toBe('BAD_REQUEST');
    expect(!over.ok && over.error.message).toBe('党支部建设满分10分');
    expect(codeOf(await call(5, nanhuAdmin.openid))).toBe('FORBIDDEN');
  });
});

describe('resident satisfaction', () => {
  const closedByResident = () =>
    events.find((e) => e.reporterId === resident.id && e.state === 'closed') as GridEventDoc;

  it('lets the resident who reported rate a closed event once', async () => {
    const e = closedByResident();
    expect(
      dataOf(await app.call(resident.openid, 'gridpoints', 'rate', { eventId: e._id, rating: 5 })),
    ).toEqual({
      rating: 5,
    });
    expect(codeOf(await app.call(resident.openid, 'gridpoints', 'rate', { eventId: e._id, rating: 1 }))).toBe(
      'CONFLICT',
    );
    const mine = dataOf<GridLedger>(
      await app.call(workers['grid-dongshan-1'].openid, 'gridpoints', 'mine', {
        month: monthKey(Date.now()),
      }),
    );
    expect(mine.rows.find((r) => r.cause === 'satisfaction')).toMatchObject({
      points: 2,
      text: `群众评价事件 ${e.number}：很满意（5星）`,
    });
  });

  it('refuses an open event, a stranger and a grid worker', async () => {
    const open = events.find(
      (e) => e.state === 'handling' && e.area.gridId === 'grid-dongshan-1',
    ) as GridEventDoc;
    const neighbour = await app.createUser('resident', { areaId: 'area-dongshan' });
    expect(
      codeOf(await app.call(neighbour.openid, 'gridpoints', 'rate', { eventId: open._id, rating: 3 })),
    ).toBe('CONFLICT');
    const stranger = await app.createUser('resident', { areaId: 'area-nanhu-cun' });
    const closed = events.find((e) => e.state === 'resolved_on_spot' && e.area.gridId === 'grid-dongshan-1');
    expect(
      codeOf(await app.call(stranger.openid, 'gridpoints', 'rate', { eventId: closed?._id, rating: 5 })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await app.call(workers['grid-dongshan-1'].openid, 'gridpoints', 'rate', {
          eventId: closed?._id,
          rating: 5,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      dataOf(await app.call(neighbour.openid, 'gridpoints', 'rate', { eventId: closed?._id, rating: 2 })),
    ).toEqual({
      rating: 2,
    });
  });
});

describe('who reads whose points', () => {
  it('lets a grid worker read their own grid only', async () => {
    const own = workers['grid-dongshan-1'].openid;
    expect(
      dataOf<GridLedger>(
        await app.call(own, 'gridpoints', 'ledger', { gridId: 'grid-dongshan-1', month: MONTH }),
      ).gridName,
    ).toBe('东山村第一网格');
    expect(
      codeOf(await app.call(own, 'gridpoints', 'ledger', { gridId: 'grid-dongshan-2', month: MONTH })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await app.call(own, 'gridpoints', 'ranking', { month: MONTH }))).toBe('FORBIDDEN');
  });

  it('keeps an admin of another town out of a grid, a node and the figures', async () => {
    const other = nanhuAdmin.openid;
    expect(
      codeOf(await app.call(other, 'gridpoints', 'ledger', { gridId: 'grid-dongshan-1', month: MONTH })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await app.call(other, 'gridpoints', 'ranking', { month: MONTH, areaId: 'area-chengguan' })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await app.call(other, 'gridpoints', 'figures', { month: MONTH, areaId: 'area-dongshan' })),
    ).toBe('FORBIDDEN');
    const nanhu = dataOf<GridFigures>(await app.call(other, 'gridpoints', 'figures', { month: MONTH }));
    expect(nanhu.total.received).toBe(trueFigures(['grid-nanhu-1']).received);
  });

  it('refuses residents, and a grid worker without a grid', async () => {
    for (const action of ['mine', 'ledger', 'ranking', 'figures', 'handScore', 'saveScheme']) {
      expect([action, codeOf(await app.call(resident.openid, 'gridpoints', action, {}))]).toEqual([
        action,
        'FORBIDDEN',
      ]);
    }
    const unassigned = await app.createUser('grid_worker');
    expect(codeOf(await app.call(unassigned.openid, 'gridpoints', 'mine', {}))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await app.call(workers['grid-dongshan-1'].openid, 'gridpoints', 'mine', {
          gridId: 'grid-dongshan-2',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
