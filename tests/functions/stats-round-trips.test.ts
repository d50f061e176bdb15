import { insertDocs } from '../../devcloud/db/writer';
import { type CountingProxy, countingProxy } from '../../scripts/lib/counting-proxy';
import { generateStatsData, type StatsData, trueFigures } from '../../scripts/seed/stats-data';
import { monthStart } from '../../server/stats/months';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';

// No worker until the first call, so the function's SDK starts with the counting proxy as its local cloud.
const app = useAppCloud({ poolSize: 0 });
jest.setTimeout(180_000);

const from = monthStart(2025, 1);
const to = monthStart(2026, 1);
/**
 * Half a year (rollups only), and a period cut mid-day at both ends (part-days from the records). Half a
 * year's month rollups (6 months x 6 places x 16 types) fit one page of 1000 however many records there
 * are; a whole year of every place and type takes two pages, a fixed cost that the small set would not
 * reach, so it would not compare like with like.
 */
const periods = [
  { from, to: monthStart(2025, 7) },
  {
    from: monthStart(2025, 3) + 5 * 3_600_000,
    to: monthStart(2025, 9) - 7 * 3_600_000,
    areaId: 'area-dongshan',
  },
];
const all: StatsData = { consultations: [], cases: [], legalAid: [] };
let proxy: CountingProxy;
let admin: { openid: string };

beforeAll(async () => {
  proxy = await countingProxy(app.devcloud.url);
  app.devcloud.ctx.baseUrl = proxy.url;
  await plantAreas(app);
  admin = await app.createUser('admin');
});
afterAll(() => proxy?.server.close());

/** Adds generated records, rebuilds their rollups, and answers each period's round trips through the function. */
async function roundTripsWith(records: number, seed: number): Promise<number[]> {
  const more = generateStatsData(records, from, to, seed);
  const engine = app.devcloud.database.engine;
  insertDocs(engine, 'consultations', more.consultations);
  insertDocs(engine, 'cases', more.cases);
  insertDocs(engine, 'legal_aid_applications', more.legalAid);
  all.consultations.push(...more.consultations);
  all.cases.push(...more.cases);
  all.legalAid.push(...more.legalAid);
  const { rebuildRollups } = await import('../../server/stats/rebuild');
  await rebuildRollups(from, to);
  await app.call(admin.openid, 'stats', 'dashboard', { from, to: from + 86_400_000 }); // a warm worker
  const trips: number[] = [];
  for (const p of periods) {
    proxy.counts.clear();
    const d = dataOf<{ figures: { screened: number; prevented: number; mediated: number } }>(
      await app.call(admin.openid, 'stats', 'dashboard', p),
    );
    trips.push(proxy.total());
    const truth = trueFigures(all, p.from, p.to, p.areaId);
    expect(d.figures).toMatchObject({
      screened: truth.screened,
      prevented: truth.prevented,
      mediated: truth.mediated,
    });
  }
  return trips;
}

describe("the dashboard's cost", () => {
  it('makes as many database round trips over ten times the records', async () => {
    // Round trips follow the rollups, bounded by months x villages x the fifteen types (about 1,300 a
    // year: two pages of 1,000), not the records. 2,000 records already make over 1,000 of them.
    const small = await roundTripsWith(2000, 21);
    const large = await roundTripsWith(18000, 22);
    expect(all.consultations.length + all.cases.length).toBe(20000);
    expect(small.every((n) => n > 0 && n < 20)).toBe(true);
    expect(large).toEqual(small);
  });
});
