import { insertDocs } from '../../devcloud/db/writer';
import { generateStatsData, type TrueFigures, trueFigures } from '../../scripts/seed/stats-data';
import { monthStart } from '../../server/stats/months';
import { quickPeriod } from '../../src/package-admin/pages/stats/period';
import { disputeTypes } from '../../types/plain/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();

interface Row {
  key: string;
  screened: number;
  prevented: number;
  mediated: number;
  succeeded: number;
}
interface Dashboard {
  figures: { screened: number; prevented: number; mediated: number; succeeded: number; successRate: number };
  byType: Row[];
  byVillage: Row[];
  byMonth: Row[];
  legalAid: { status: string; count: number }[];
  report: string;
  reportTable: TrueFigures['reportTable'];
}

const from = monthStart(2025, 1);
const to = monthStart(2026, 1);
const data = generateStatsData(3000, from, to);
let admin: { openid: string };

beforeAll(async () => {
  const engine = app.devcloud.database.engine;
  insertDocs(engine, 'consultations', data.consultations);
  insertDocs(engine, 'cases', data.cases);
  insertDocs(engine, 'legal_aid_applications', data.legalAid);
  // Records loaded in bulk bypass the functions: the rebuild makes their rollups, as after a migration.
  const { rebuildRollups } = await import('../../server/stats/rebuild');
  await rebuildRollups(from - 31 * 86_400_000, to);
  admin = await app.createUser('admin');
});

const rowsOf = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.key, r.screened]));

describe('the statistics dashboard', () => {
  it('computes the five figures and the breakdowns of a generated year exactly', async () => {
    const truth = trueFigures(data, from, to);
    const d = dataOf<Dashboard>(await app.call(admin.openid, 'stats', 'dashboard', { from, to }));
    expect(d.figures).toEqual({
      screened: truth.screened,
      prevented: truth.prevented,
      mediated: truth.mediated,
      succeeded: truth.succeeded,
      successRate: Math.round((truth.succeeded / truth.mediated) * 1000) / 10,
    });
    expect(truth.prevented).toBeGreaterThan(0);
    expect(rowsOf(d.byType)).toEqual(truth.byType);
    expect(rowsOf(d.byVillage)).toEqual(truth.byVillage);
    expect(d.byMonth.map((m) => m.key)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
    expect(d.byMonth.reduce((n, m) => n + m.screened, 0)).toBe(truth.screened);
    expect(Object.fromEntries(d.legalAid.map((a) => [a.status, a.count]))).toEqual(truth.legalAid);
    expect(d.reportTable).toEqual(truth.reportTable);
    expect(d.reportTable.rows.map((r) => r.type)).toEqual(disputeTypes);
    // The generated year has cases in every band, both prevention figures and every source.
    const t = truth.reportTable.total;
    expect(Math.min(t.bands.b50, t.bands.b100, t.bands.b500)).toBeGreaterThan(0);
    expect(Math.min(t.prevention.criminalCases, t.prevention.petitionCases)).toBeGreaterThan(0);
    expect(Math.min(t.sources.screening, t.sources.application, t.sources.referral)).toBeGreaterThan(0);
    expect(t.amount).toBeGreaterThan(0);
    expect(d.report).toBe(
      `2025年1月至2025年12月，本期共排查纠纷${truth.screened}件，预防纠纷${truth.prevented}件，调解纠纷${truth.mediated}件，` +
        `调解成功${truth.succeeded}件，调解成功率${d.figures.successRate}%。`,
    );
  });

  it('narrows to one village and one month, and writes the monthly report', async () => {
    const march = { from: monthStart(2025, 3), to: monthStart(2025, 4), area: '东山村' };
    const truth = trueFigures(data, march.from, march.to, march.area);
    const d = dataOf<Dashboard>(await app.call(admin.openid, 'stats', 'dashboard', march));
    expect(d.figures).toMatchObject({
      screened: truth.screened,
      prevented: truth.prevented,
      mediated: truth.mediated,
    });
    expect(d.byVillage.map((v) => v.key)).toEqual(['东山村']);
    expect(d.reportTable).toEqual(truth.reportTable);
    expect(d.report).toMatch(
      new RegExp(
        `^2025年3月，东山村，本月共排查纠纷${truth.screened}件，预防纠纷${truth.prevented}件，调解纠纷${truth.mediated}件，调解成功${truth.succeeded}件，调解成功率[\\d.]+%。$`,
      ),
    );
  });

  it('gives the report table of a period with part days at its edges, from rollups and records together', async () => {
    const odd = { from: monthStart(2025, 2) + 5 * 3_600_000 + 7, to: monthStart(2025, 6) - 3 * 3_600_000 };
    const truth = trueFigures(data, odd.from, odd.to);
    const d = dataOf<Dashboard>(await app.call(admin.openid, 'stats', 'dashboard', odd));
    expect(d.reportTable).toEqual(truth.reportTable);
  });

  it("reads the page's 本月 of December as one month, in Beijing time whatever the device's zone", async () => {
    // 07:00 on 2 December in Beijing, still 1 December in UTC.
    const december = quickPeriod('thisMonth', Date.UTC(2026, 11, 1, 23));
    expect(december).toEqual({ from: monthStart(2026, 12), to: monthStart(2027, 1), label: '2026年12月' });
    const d = dataOf<Dashboard>(
      await app.call(admin.openid, 'stats', 'dashboard', { from: december.from, to: december.to }),
    );
    expect(d.report).toMatch(/^2026年12月，本月共排查纠纷\d+件/);
    // The first hours of a Beijing month are the previous day in UTC: they belong to the new month.
    const newYear = monthStart(2027, 1) + 60_000;
    expect(quickPeriod('thisMonth', newYear).label).toBe('2027年1月');
    expect(quickPeriod('lastMonth', newYear)).toEqual(december);
    expect(quickPeriod('lastYear', newYear)).toEqual({
      from: monthStart(2026, 1),
      to: monthStart(2027, 1),
      label: '2026年',
    });
  });

  it('exports a CSV with a BOM that Excel opens as Chinese, and audits the export', async () => {
    const truth = trueFigures(data, from, to);
    const out = dataOf<{ url: string; fileName: string }>(
      await app.call(admin.openid, 'stats', 'exportCsv', { from, to }),
    );
    expect(out.fileName).toBe('统计-2025-01至2025-12.csv');
    const bytes = Buffer.from(await (await fetch(out.url)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('人民调解统计,2025-01至2025-12,全部村（社区）');
    expect(lines[2]).toBe('排查纠纷,预防纠纷,调解纠纷,调解成功,调解成功率');
    expect(lines[3]!.split(',').slice(0, 4).map(Number)).toEqual([
      truth.screened,
      truth.prevented,
      truth.mediated,
      truth.succeeded,
    ]);
    expect(lines).toContain('按纠纷类型');
    const neighbours = lines.slice(lines.indexOf('按纠纷类型')).find((l) => l.startsWith('邻里,'));
    expect(Number(neighbours?.split(',')[1])).toBe(truth.byType.邻里);
    // The bureau's table: its header, a row per national type, and the total, every figure true.
    const table = lines.indexOf('人民调解案件统计表（按纠纷类型）');
    expect(lines[table + 1]).toMatch(
      /^纠纷类型,受理（件）,调解成功（件）,协议金额（元）,涉及人数,重大纠纷50-99人（件）/,
    );
    const cells = (r: TrueFigures['reportTable']['total']) =>
      [
        r.type,
        r.accepted,
        r.succeeded,
        r.amount,
        r.people,
        r.bands.b50,
        r.bands.b100,
        r.bands.b500,
        r.prevention.criminalCases,
        r.prevention.criminalPeople,
        r.prevention.petitionCases,
        r.prevention.petitionPeople,
        r.sources.screening,
        r.sources.application,
        r.sources.referral,
      ].join(',');
    expect(lines.slice(table + 2, table + 18)).toEqual([
      ...truth.reportTable.rows.map(cells),
      cells(truth.reportTable.total),
    ]);
    expect(lines.some((l) => l.startsWith('月报,') && l.includes('本期共排查纠纷'))).toBe(true);
    const { items } = dataOf<{ items: { action: string; target: string }[] }>(
      await app.call(admin.openid, 'audit', 'list', { domain: 'stats' }),
    );
    expect(out).not.toHaveProperty('fileID');
    expect(items[0]).toMatchObject({ action: 'stats.export', target: expect.stringMatching(/^统计报表（/) });
  });

  it('is for admins only, and refuses a reversed or overlong period', async () => {
    const officer = await app.createUser('legal_aid_officer');
    expect(codeOf(await app.call(officer.openid, 'stats', 'dashboard', { from, to }))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(officer.openid, 'stats', 'exportCsv', { from, to }))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(admin.openid, 'stats', 'dashboard', { from: to, to: from }))).toBe(
      'BAD_REQUEST',
    );
    expect(
      codeOf(await app.call(admin.openid, 'stats', 'dashboard', { from: from - 3 * 365 * 86_400_000, to })),
    ).toBe('BAD_REQUEST');
  });
});
