import { outcomes } from '@contracts/consultation';
import { type Doc, trueFigures } from '../../scripts/seed/stats-data';
import { monthStartAtOrAfter, monthStartAtOrBefore } from '../../server/stats/months';
import { type AppCloud, codeOf, dataOf } from '../helpers/app-cloud';
import {
  book,
  createMediator as createBookingMediator,
  roundTheClock,
  slotDays,
  starts,
  useCloudWithPool,
} from '../helpers/booking';
import { createMediator, startConsultation } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';

const app: AppCloud = useCloudWithPool(2);
jest.setTimeout(300_000);

const DAY = 86_400_000;

/** mulberry32, seeded: a failing history can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(16);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const agreement = {
  facts: '王五砌围墙占用了李大爷家门前的通行道路，双方多次争吵。',
  terms: ['王五于十日内拆除占用道路部分的围墙。'],
  performance: '由王五在十日内履行，调解员到场确认。',
};

interface Dashboard {
  figures: { screened: number; prevented: number; mediated: number; succeeded: number };
  byType: { key: string; screened: number }[];
  byVillage: { key: string; screened: number }[];
  legalAid: { status: string; count: number }[];
  reportTable: unknown;
}

async function all(collection: string): Promise<Doc[]> {
  const res = await sdk(app.db.collection(collection).limit(1000).get());
  return (res as { data: Doc[] }).data;
}

/** The figures counted record by record from what the functions stored. */
async function truthOf(from: number, to: number, area?: string) {
  const data = {
    consultations: await all('consultations'),
    cases: await all('cases'),
    legalAid: await all('legal_aid_applications'),
  };
  return trueFigures(data, from, to, area);
}

let admin: { openid: string };

/** Runs the stats function's nightly rebuild now and answers how many rollups it repaired. */
async function nightlyRebuild(): Promise<number> {
  const run = await app.devcloud.triggers.runNow('stats', 'rebuildRollups');
  if (!run.ok) throw new Error(`the rebuild failed: ${run.errMsg}`);
  const result = run.result as { ok: boolean; data: { repaired: number } };
  expect(result.ok).toBe(true);
  return result.data.repaired;
}

/** The dashboard (from the rollups) and the record-by-record count agree on every figure and breakdown. */
async function expectDashboardTrue(from: number, to: number, area?: string): Promise<void> {
  const truth = await truthOf(from, to, area);
  const d = dataOf<Dashboard>(await app.call(admin.openid, 'stats', 'dashboard', { from, to, area }));
  expect(d.figures).toMatchObject({
    screened: truth.screened,
    prevented: truth.prevented,
    mediated: truth.mediated,
    succeeded: truth.succeeded,
  });
  expect(Object.fromEntries(d.byType.map((r) => [r.key, r.screened]))).toEqual(truth.byType);
  expect(Object.fromEntries(d.byVillage.map((r) => [r.key, r.screened]))).toEqual(truth.byVillage);
  expect(Object.fromEntries(d.legalAid.map((a) => [a.status, a.count]))).toEqual(truth.legalAid);
  expect(d.reportTable).toEqual(truth.reportTable);
}

const now = Date.now();
/** Month-aligned, day-aligned across a month start, and cut mid-day: rollups, both grains, and records. */
const periods = [
  { from: monthStartAtOrBefore(now), to: monthStartAtOrAfter(now + 1) },
  { from: monthStartAtOrBefore(now) - 3 * DAY, to: monthStartAtOrAfter(now + 1) + 2 * DAY },
  { from: now - 3_600_000 * 30, to: now + 3_600_000 * 7 },
];

beforeAll(async () => {
  admin = await app.createUser('admin');
  const mediators = [
    await createMediator(app, { specialties: ['邻里', '婚姻家庭'], capacity: 20, name: '张桂兰' }),
    await createBookingMediator(app, '刘德明', roundTheClock),
  ];
  const openidOf = new Map<string, string>(mediators.map((m) => [m.mediatorId, m.openid]));
  const residents = [
    await app.createUser('resident', { nickname: '李大爷', village: '东山村' }),
    await app.createUser('resident', { nickname: '王大妈', village: '西岭村' }),
    await app.createUser('resident', { nickname: '赵四', village: '东山村' }),
    await app.createUser('resident', { nickname: '钱五' }),
  ];

  // Consultations: started, then most closed with a random outcome by their mediator.
  const consultations: { id: string; mediatorOpenid: string; residentOpenid: string; outcome?: string }[] =
    [];
  for (const [i, r] of [...residents, ...residents].entries()) {
    const mediatorId = i % 3 === 0 ? mediators[1]!.mediatorId : mediators[0]!.mediatorId;
    const c = await startConsultation(app, r.openid, { disputeType: pick(['邻里', '婚姻家庭']), mediatorId });
    consultations.push({ id: c.id, mediatorOpenid: openidOf.get(mediatorId)!, residentOpenid: r.openid });
  }
  const [raced, ...rest] = consultations;
  // Two closes of one consultation at once: one wins, the rollups move once.
  const racedCloses = await Promise.all(
    (['advice', 'answered'] as const).map((outcome) =>
      app.call(raced!.mediatorOpenid, 'consultation', 'close', { consultationId: raced!.id, outcome }),
    ),
  );
  expect(racedCloses.filter((r) => r.ok)).toHaveLength(1);
  for (const c of rest.slice(1)) {
    c.outcome = rnd() < 0.5 ? 'advice' : pick(outcomes);
    dataOf(
      await app.call(c.mediatorOpenid, 'consultation', 'close', { consultationId: c.id, outcome: c.outcome }),
    );
  }

  // Cases: booked, some from an advice consultation (which stops counting as prevented), twice from one.
  const advice = rest.filter((c) => c.outcome === 'advice');
  const booker = mediators[1]!;
  const free = starts(await slotDays(app, residents[0]!.openid, booker.mediatorId));
  const cases: { id: string; residentOpenid: string }[] = [];
  // Two cases from one advice consultation (it stops counting as prevented once), one from another, and one
  // plain case per resident; a case is booked from the resident's own consultation only.
  const bookings = [...(advice[0] ? [advice[0], advice[0]] : []), ...(advice[1] ? [advice[1]] : [])].map(
    (c) => ({ openid: c.residentOpenid, fromConsultationId: c.id as string | undefined }),
  );
  bookings.push(...residents.map((r) => ({ openid: r.openid, fromConsultationId: undefined })));
  for (const [i, b] of bookings.entries()) {
    const c = await book(app, b.openid, booker.mediatorId, free[i * 2 + 1]!, {
      disputeType: pick(['邻里', '婚姻家庭']),
      ...(b.fromConsultationId ? { fromConsultationId: b.fromConsultationId } : {}),
    });
    cases.push({ id: c.id, residentOpenid: b.openid });
  }
  // The report figures: recorded on some cases before mediation, again (changed) on some after, twice at
  // once on one; the report table's rollups move with each write.
  const recordReport = (caseId: string) =>
    app.call(booker.openid, 'case', 'recordReport', {
      caseId,
      source: pick(['screening', 'application', 'referral']),
      peopleInvolved: pick([2, 4, 60, 150, 800]),
      agreementAmount: Math.floor(rnd() * 50_000),
      ...(rnd() < 0.4 ? { preventedCriminal: 2 } : {}),
      ...(rnd() < 0.4 ? { preventedPetition: 2 } : {}),
    });
  for (const c of cases) if (rnd() < 0.6) dataOf(await recordReport(c.id));
  const racedReports = await Promise.all([recordReport(cases[1]!.id), recordReport(cases[1]!.id)]);
  expect(racedReports.every((r) => r.ok)).toBe(true);
  const move = (caseId: string, event: string, extra: object = {}) =>
    app.call(booker.openid, 'case', 'transition', { caseId, event, ...extra });
  const paths = ['none', 'scheduled', 'started', 'succeeded', 'failed', 'declined', 'withdrawn'];
  for (const [i, c] of cases.entries()) {
    const path = i === 0 ? 'race' : pick(paths);
    if (path === 'none') continue;
    if (path === 'declined') {
      dataOf(
        await app.call(booker.openid, 'booking', 'decline', { caseId: c.id, reason: '不属于人民调解范围' }),
      );
      continue;
    }
    if (path === 'withdrawn') {
      dataOf(
        await app.call(c.residentOpenid, 'booking', 'cancel', { caseId: c.id, reason: '双方已经自行和解' }),
      );
      continue;
    }
    dataOf(await app.call(booker.openid, 'booking', 'confirm', { caseId: c.id }));
    if (path === 'scheduled') continue;
    dataOf(await move(c.id, 'start'));
    if (path === 'race') {
      // Success and failure tapped at once: one wins, and mediated/succeeded count it once.
      const both = await Promise.all([
        move(c.id, 'succeed', { agreement }),
        move(c.id, 'fail', { referral: { to: 'court', note: '' } }),
      ]);
      expect(both.filter((r) => r.ok)).toHaveLength(1);
      dataOf(await move(c.id, 'close'));
    }
    if (path === 'succeeded') dataOf(await move(c.id, 'succeed', { agreement }));
    if (path === 'failed') {
      dataOf(await move(c.id, 'fail', { referral: { to: 'legal_aid', note: '' } }));
      if (rnd() < 0.5) dataOf(await move(c.id, 'close'));
    }
    if (path === 'succeeded' || rnd() < 0.4) dataOf(await recordReport(c.id));
  }

  // Legal aid: submitted, then accepted, refused after more material, or two decisions at once.
  const officer = await app.createUser('legal_aid_officer');
  const applications: string[] = [];
  for (const r of residents.slice(0, 3)) {
    const made = dataOf<{ id: string }>(
      await app.call(r.openid, 'legalaid', 'submit', { form: completeForm(app, r.id), consent }),
    );
    applications.push(made.id);
  }
  dataOf(await app.call(officer.openid, 'legalaid', 'decide', { id: applications[0], decision: 'accept' }));
  dataOf(
    await app.call(officer.openid, 'legalaid', 'decide', {
      id: applications[1],
      decision: 'request_material',
      reason: '请补拍工资欠条',
    }),
  );
  const racedDecisions = await Promise.all([
    app.call(officer.openid, 'legalaid', 'decide', { id: applications[2], decision: 'accept' }),
    app.call(officer.openid, 'legalaid', 'decide', {
      id: applications[2],
      decision: 'refuse',
      reason: '不符合条件',
    }),
  ]);
  expect(racedDecisions.filter((r) => r.ok)).toHaveLength(1);
  expect(codeOf(racedDecisions.find((r) => !r.ok)!)).toBe('CONFLICT');
});

describe('statistics from rollups', () => {
  it('equal the record-by-record figures after a random history through the functions', async () => {
    const truth = await truthOf(periods[0]!.from, periods[0]!.to);
    expect(truth.screened).toBeGreaterThanOrEqual(14);
    expect(truth.mediated).toBeGreaterThan(0);
    expect(truth.prevented).toBeGreaterThan(0);
    expect(truth.reportTable.total.bands.b500 + truth.reportTable.total.bands.b100).toBeGreaterThan(0);
    expect(truth.reportTable.total.amount).toBeGreaterThan(0);
    for (const p of periods) {
      await expectDashboardTrue(p.from, p.to);
      await expectDashboardTrue(p.from, p.to, '东山村');
    }
    expect(await nightlyRebuild()).toBe(0);
  });

  it('the rebuild finds and repairs a counter changed by hand and a rollup removed', async () => {
    const rollups = (await all('stats_rollups')) as (Doc & {
      grain: string;
      counts: Record<string, number>;
    })[];
    const day = rollups.find((r) => r.grain === 'day' && (r.counts.consultations ?? 0) > 0)!;
    const month = rollups.find((r) => r.grain === 'month' && (r.counts.cases ?? 0) > 0)!;
    await sdk(
      app.db
        .collection('stats_rollups')
        .doc(day._id)
        .update({ data: { 'counts.consultations': 99 } }),
    );
    await sdk(app.db.collection('stats_rollups').doc(month._id).remove());
    const skewed = dataOf<Dashboard>(await app.call(admin.openid, 'stats', 'dashboard', periods[1]!));
    const truth = await truthOf(periods[1]!.from, periods[1]!.to);
    expect(skewed.figures.screened).not.toBe(truth.screened);

    expect(await nightlyRebuild()).toBe(2);
    for (const p of periods) await expectDashboardTrue(p.from, p.to);
    expect(await nightlyRebuild()).toBe(0);
  });
});
