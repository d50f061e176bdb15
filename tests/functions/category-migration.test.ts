import { insertDocs } from '../../devcloud/db/writer';
import { monthStart } from '../../server/stats/months';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

interface Row {
  key: string;
  screened: number;
}

const march = monthStart(2025, 3);
const april = monthStart(2025, 4);
const day = 86_400_000;

/** Records as they were stored under the county's old types, with the rollups the functions made of them. */
beforeAll(async () => {
  const engine = app.devcloud.database.engine;
  insertDocs(engine, 'consultations', [
    { _id: 'old-c1', disputeType: '赡养', status: 'open', createdAt: march + day },
    { _id: 'old-c2', disputeType: '土地承包', status: 'open', createdAt: march + 2 * day },
    { _id: 'old-c3', disputeType: '邻里', status: 'open', createdAt: march + 3 * day },
  ]);
  insertDocs(engine, 'cases', [
    {
      _id: 'old-k1',
      caseNumber: '2025-劳动-0001',
      disputeType: '劳动',
      state: 'submitted',
      timeline: [],
      createdAt: april + day,
    },
    {
      _id: 'old-k2',
      caseNumber: '2025-赡养-0001',
      disputeType: '赡养',
      state: 'submitted',
      timeline: [],
      createdAt: march + 4 * day,
    },
  ]);
  insertDocs(engine, 'mediators', [
    { _id: 'old-m1', name: '老调解员', specialties: ['婚姻家庭', '赡养', '劳动'], active: true, areas: [] },
    { _id: 'old-m2', name: '新调解员', specialties: ['邻里'], active: true, areas: [] },
  ]);
  const { rebuildRollups } = await import('../../server/stats/rebuild');
  await rebuildRollups(march, monthStart(2025, 5));
});

describe('moving stored data to the national dispute types', () => {
  it('maps 赡养, 土地承包 and 劳动 in records, specialties and rollups, once', async () => {
    const admin = await app.createUser('admin');
    const period = { from: march, to: monthStart(2025, 5) };
    const before = dataOf<{ byType: Row[] }>(await app.call(admin.openid, 'stats', 'dashboard', period));
    expect(before.byType.map((r) => r.key).sort()).toEqual(['劳动', '土地承包', '赡养', '邻里'].sort());

    const { migrateCategories } = await import('@server/migrations/categories');
    const first = await migrateCategories();
    expect(first).toEqual({ consultations: 2, cases: 2, mediators: 1, months: ['2025-03', '2025-04'] });
    expect(await stored(app, 'consultations', 'old-c1')).toMatchObject({ disputeType: '婚姻家庭' });
    expect(await stored(app, 'consultations', 'old-c2')).toMatchObject({ disputeType: '山林土地' });
    expect(await stored(app, 'consultations', 'old-c3')).toMatchObject({ disputeType: '邻里' });
    // The case number is an identifier printed on agreements: it keeps the type it was issued with.
    expect(await stored(app, 'cases', 'old-k1')).toMatchObject({
      disputeType: '劳动争议',
      caseNumber: '2025-劳动-0001',
    });
    expect(await stored(app, 'mediators', 'old-m1')).toMatchObject({ specialties: ['婚姻家庭', '劳动争议'] });
    expect(await stored(app, 'mediators', 'old-m2')).toMatchObject({ specialties: ['邻里'] });

    const after = dataOf<{ byType: Row[] }>(await app.call(admin.openid, 'stats', 'dashboard', period));
    expect(Object.fromEntries(after.byType.map((r) => [r.key, r.screened]))).toEqual({
      婚姻家庭: 2,
      山林土地: 1,
      劳动争议: 1,
      邻里: 1,
    });
    expect(await migrateCategories()).toEqual({ consultations: 0, cases: 0, mediators: 0, months: [] });
  });

  it('gives rollups written before the report table its counters, once', async () => {
    const admin = await app.createUser('admin');
    const april2025 = { from: april, to: monthStart(2025, 5) };
    const before = dataOf<{ reportTable: { total: { accepted: number; people: number } } }>(
      await app.call(admin.openid, 'stats', 'dashboard', april2025),
    );
    expect(before.reportTable.total).toMatchObject({ accepted: 1, people: 2 });
    // The month's rollups as they were stored before: cases counted, no report counters.
    const old = { cases: 1, mediated: 0, succeeded: 0 };
    await sdk(
      app.db
        .collection('stats_rollups')
        .doc('month|2025-04|||劳动争议')
        .set({
          data: {
            grain: 'month',
            period: '2025-04',
            townId: '',
            villageId: '',
            type: '劳动争议',
            counts: old,
          },
        }),
    );
    const skewed = dataOf<{ reportTable: { total: { people: number } } }>(
      await app.call(admin.openid, 'stats', 'dashboard', april2025),
    );
    expect(skewed.reportTable.total.people).toBe(0);
    const { rebuildForReportCounters } = await import('@server/migrations/report-counters');
    expect(await rebuildForReportCounters()).toEqual(['2025-04']);
    const after = dataOf<{ reportTable: { total: { accepted: number; people: number } } }>(
      await app.call(admin.openid, 'stats', 'dashboard', april2025),
    );
    expect(after.reportTable.total).toMatchObject({ accepted: 1, people: 2 });
    expect(await rebuildForReportCounters()).toEqual([]);
  });

  it('refuses the old names at the door', async () => {
    const r = await app.createUser('resident');
    const res = await app.call(r.openid, 'consultation', 'start', {
      disputeType: '赡养',
      description: '儿子不给生活费',
      clientKey: 'k-legacy-type-01',
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { disputeType: '请选择纠纷类型' } },
    });
  });
});
