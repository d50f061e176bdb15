import { type LedgerItem, ledgerItemLabels, type TeamRules } from '@contracts/team/ledger';
import type { Compliance, MemberLedger } from '@contracts/team/ledger-views';
import { boundsOf, weeksOfMonth } from '@server/team/period-bounds';
import { defaultTeamRules } from '@server/team/rules';
import ExcelJS from 'exceljs';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import { sdk } from '../helpers/devcloud';
import { fetchBytes, readDocx } from '../helpers/docx';
import { appointMember, plantRecord, plantVisit } from '../helpers/team-ledger';

const app = useAppCloud();
const MONTH = '2026-10';
const DAY = 86_400_000;
const kinds = ['screening', 'consultation', 'mediation', 'publicity', 'lecture'] as const;
type Counts = Record<(typeof kinds)[number] | 'visit', number>;

interface Planned {
  memberId: string;
  role: 'legal_adviser' | 'local_figure';
  villageId: string;
  period: string;
  counts: Counts;
}

let county: string;
let chengguanAdmin: string;
let nanhuAdmin: string;
const members: { openid: string; id: string; role: 'legal_adviser' | 'local_figure'; villages: string[] }[] =
  [];
const plan: Planned[] = [];
let reviewVisits = 0;
let aVisitInDongshan = '';

/** A small deterministic generator, so a failure reproduces. */
let seed = 20261;
const rand = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};

const countOf: Record<LedgerItem, (c: Counts) => number> = {
  visited: (c) => c.visit,
  screened: (c) => c.screening,
  consulted_or_mediated: (c) => c.consultation + c.mediation,
  publicity: (c) => c.publicity,
  lecture: (c) => c.lecture,
};

/** What the ledger must say about one planned period, computed here from the counts the test wrote. */
function missingOf(p: Planned, rules: TeamRules): string[] {
  return rules[p.role].items
    .filter((i) => countOf[i.item](p.counts) < i.atLeast)
    .map((i) => ledgerItemLabels[i.item]);
}

beforeAll(async () => {
  await plantAreas(app);
  county = (await app.createUser('admin')).openid;
  chengguanAdmin = (await app.createUser('admin', { scopeAreaId: 'area-chengguan' })).openid;
  nanhuAdmin = (await app.createUser('admin', { scopeAreaId: 'area-nanhu' })).openid;
  const assignments: ['legal_adviser' | 'local_figure', string[]][] = [
    ['legal_adviser', ['area-dongshan', 'area-xiling']],
    ['legal_adviser', ['area-dongshan']],
    ['legal_adviser', ['area-nanhu-cun', 'area-beipo']],
    ['legal_adviser', ['area-beipo']],
    ['local_figure', ['area-dongshan']],
    ['local_figure', ['area-xiling']],
    ['local_figure', ['area-nanhu-cun']],
    ['local_figure', ['area-beipo', 'area-nanhu-cun']],
  ];
  for (const [role, villages] of assignments) {
    members.push({ ...(await appointMember(app, county, role, villages)), role, villages });
  }
  for (const m of members) {
    const periods = m.role === 'legal_adviser' ? [MONTH] : weeksOfMonth(MONTH);
    for (const villageId of m.villages) {
      for (const period of periods) {
        const { from } = boundsOf(period);
        const counts = { visit: 0, screening: 0, consultation: 0, mediation: 0, publicity: 0, lecture: 0 };
        for (const kind of ['visit', ...kinds] as const) {
          counts[kind] = Math.floor(rand() * 3);
          for (let i = 0; i < counts[kind]; i += 1) {
            // Any day of the period, in the working day: weeks at the month's edges reach into September.
            const at =
              from + Math.floor(rand() * (m.role === 'legal_adviser' ? 28 : 7)) * DAY + 2 * 3_600_000;
            if (kind === 'visit') {
              const review = rand() < 0.3;
              reviewVisits += review ? 1 : 0;
              const id = await plantVisit(app, m.id, m.role, villageId, at, review);
              if (villageId === 'area-dongshan' && boundsOf(MONTH).from <= at) aVisitInDongshan ||= id;
            } else await plantRecord(app, m.id, villageId, kind, at, rand() < 0.2 ? 'app' : 'visit');
          }
        }
        plan.push({ memberId: m.id, role: m.role, villageId, period, counts });
      }
    }
  }
  // Work outside the month, which its ledger must not count: November, and the week of 2 November.
  const adviser = members[0]!;
  await plantRecord(app, adviser.id, 'area-dongshan', 'lecture', boundsOf('2026-11').from + 3 * DAY);
  await plantVisit(app, members[4]!.id, 'local_figure', 'area-dongshan', boundsOf('2026-W45').from + DAY);
}, 120_000);

function expectCompliance(c: Compliance, rules: TeamRules, villages?: string[]) {
  const expected = plan.filter((p) => !villages || villages.includes(p.villageId));
  const rowOf = (p: Planned) => c.rows.find((r) => r.memberId === p.memberId && r.villageId === p.villageId);
  const pairs = new Set(expected.map((p) => `${p.memberId}|${p.villageId}`));
  expect(c.rows).toHaveLength(pairs.size);
  for (const p of expected) {
    const row = rowOf(p);
    expect(row).toBeDefined();
    const period = row?.periods.find((x) => x.period === p.period);
    expect({ who: `${p.memberId}|${p.villageId}|${p.period}`, missing: period?.missing }).toEqual({
      who: `${p.memberId}|${p.villageId}|${p.period}`,
      missing: missingOf(p, rules),
    });
  }
  for (const row of c.rows) {
    const mine = expected.filter((p) => p.memberId === row.memberId && p.villageId === row.villageId);
    expect(row.met).toBe(mine.every((p) => missingOf(p, rules).length === 0));
  }
}

describe('the "four at least" ledger over a generated month', () => {
  it('gives the county every member, village and period with exactly what is missing', async () => {
    const c = dataOf<Compliance>(await app.call(county, 'team', 'compliance', { month: MONTH }));
    expectCompliance(c, defaultTeamRules);
    expect(c.rows.some((r) => r.met) && c.rows.some((r) => !r.met)).toBe(true);
    const figures = c.rows.filter((r) => r.role === 'local_figure');
    expect(figures.every((r) => r.periods.map((p) => p.period).join() === weeksOfMonth(MONTH).join())).toBe(
      true,
    );
    expect(c.rows.reduce((n, r) => n + r.needReview, 0)).toBeGreaterThan(0);
  });

  it('gives a town only its own villages', async () => {
    const c = dataOf<Compliance>(await app.call(nanhuAdmin, 'team', 'compliance', { month: MONTH }));
    expectCompliance(c, defaultTeamRules, ['area-nanhu-cun', 'area-beipo']);
    expect(
      codeOf(await app.call(nanhuAdmin, 'team', 'compliance', { month: MONTH, areaId: 'area-chengguan' })),
    ).toBe('FORBIDDEN');
  });

  it('shows a member their own counts per village for a month or a week', async () => {
    const adviser = members[0]!;
    const l = dataOf<MemberLedger>(await app.call(adviser.openid, 'team', 'ledger', { period: MONTH }));
    for (const v of l.villages) {
      const p = plan.find((x) => x.memberId === adviser.id && x.villageId === v.villageId)!;
      expect(Object.fromEntries(v.lines.map((x) => [x.item, x.count]))).toEqual(
        Object.fromEntries(
          defaultTeamRules.legal_adviser.items.map((i) => [i.item, countOf[i.item](p.counts)]),
        ),
      );
      expect(v.missing).toEqual(missingOf(p, defaultTeamRules));
    }
    const figure = members[4]!;
    const week = weeksOfMonth(MONTH)[1]!;
    const w = dataOf<MemberLedger>(await app.call(figure.openid, 'team', 'ledger', { period: week }));
    const p = plan.find((x) => x.memberId === figure.id && x.period === week)!;
    expect(w.villages[0]?.lines.find((x) => x.item === 'visited')?.count).toBe(p.counts.visit);
    expect(codeOf(await app.call(figure.openid, 'team', 'ledger', { period: MONTH }))).toBe('BAD_REQUEST');
  });

  it('lists every check-in that needs review with its reason, and audits opening one', async () => {
    const q = dataOf<{ items: { visitId: string; reasons: string[]; stamp: string }[] }>(
      await app.call(county, 'team', 'reviewQueue', { month: MONTH }),
    );
    const planted = await sdk(
      app.db.collection('visits').where({ 'period.month': MONTH, 'checkIn.risk.level': 'review' }).count(),
    );
    expect(q.items).toHaveLength((planted as { total: number }).total);
    expect(q.items[0]?.reasons).toEqual(['定位精度只有180米']);
    const opened = dataOf<{ checkIn: { point: unknown } }>(
      await app.call(county, 'team', 'viewCheckIn', { visitId: q.items[0]!.visitId }),
    );
    expect(opened.checkIn.point).toEqual({ lng: 119.91, lat: 29.17 });
    const audit = await sdk(app.db.collection('audit_logs').where({ action: 'team.viewCheckIn' }).get());
    expect((audit as unknown as { data: { target: string }[] }).data[0]?.target).toMatch(/的签到（2026-/);
    expect(reviewVisits).toBeGreaterThan(0);
  });
});

describe('the statistics count screenings', () => {
  it('adds the screenings of visits to 排查, except those that became a consultation or a case', async () => {
    const jan = boundsOf('2025-01').from + 5 * DAY;
    const adviser = members[0]!;
    await plantRecord(app, adviser.id, 'area-xiling', 'screening', jan);
    await plantRecord(app, adviser.id, 'area-xiling', 'screening', jan + DAY);
    await sdk(
      app.db.collection('visit_records').add({
        data: {
          memberId: adviser.id,
          villageId: 'area-xiling',
          area: { countyId: 'area-county', townId: 'area-chengguan', villageId: 'area-xiling' },
          kind: 'screening',
          at: jan,
          topic: '转为案件的排查',
          photoFileIds: [],
          linked: { kind: 'case', id: 'some-case' },
          source: 'visit',
          period: { week: '2025-W02', month: '2025-01' },
          createdAt: jan,
        },
      }),
    );
    const range = { from: boundsOf('2025-01').from, to: boundsOf('2025-01').to };
    const d = dataOf<{ figures: { screened: number }; byVillage: { key: string; screened: number }[] }>(
      await app.call(county, 'stats', 'dashboard', range),
    );
    expect(d.figures.screened).toBe(2);
    expect(d.byVillage.find((v) => v.key === '西岭村')?.screened).toBe(2);
    const other = dataOf<{ figures: { screened: number } }>(
      await app.call(county, 'stats', 'dashboard', { ...range, areaId: 'area-dongshan' }),
    );
    expect(other.figures.screened).toBe(0);
  });
});

describe('the rules are configuration', () => {
  it('changes every ledger when the county changes a rule, and only the county may', async () => {
    const stricter: TeamRules = {
      ...defaultTeamRules,
      legal_adviser: {
        period: 'month',
        items: defaultTeamRules.legal_adviser.items.map((i) =>
          i.item === 'lecture' ? { ...i, atLeast: 2 } : i,
        ),
      },
    };
    expect(codeOf(await app.call(chengguanAdmin, 'team', 'saveRules', stricter))).toBe('FORBIDDEN');
    dataOf(await app.call(county, 'team', 'saveRules', stricter));
    const c = dataOf<Compliance>(await app.call(county, 'team', 'compliance', { month: MONTH }));
    expectCompliance(c, stricter);
    const oneLecture = plan.find((p) => p.role === 'legal_adviser' && p.counts.lecture === 1);
    if (oneLecture) expect(missingOf(oneLecture, stricter)).toContain('法治讲座');
    dataOf(await app.call(county, 'team', 'saveRules', defaultTeamRules));
    expectCompliance(
      dataOf<Compliance>(await app.call(county, 'team', 'compliance', { month: MONTH })),
      defaultTeamRules,
    );
  });

  it('refuses a rule that asks for an item twice', async () => {
    const twice = {
      ...defaultTeamRules,
      local_figure: {
        period: 'week',
        items: [
          { item: 'lecture', atLeast: 1 },
          { item: 'lecture', atLeast: 2 },
        ],
      },
    };
    expect(codeOf(await app.call(county, 'team', 'saveRules', twice))).toBe('BAD_REQUEST');
  });
});

describe('appointment', () => {
  it('keeps another town’s villages when a town reassigns its own, and refuses villages outside its scope', async () => {
    const user = await appointMember(app, county, 'legal_adviser', ['area-dongshan']);
    const m = dataOf<{ villages: { id: string }[] }>(
      await app.call(nanhuAdmin, 'team', 'appoint', {
        userId: user.id,
        role: 'legal_adviser',
        villageIds: ['area-beipo'],
      }),
    );
    expect(m.villages.map((v) => v.id).sort()).toEqual(['area-beipo', 'area-dongshan']);
    expect(
      codeOf(
        await app.call(nanhuAdmin, 'team', 'appoint', {
          userId: user.id,
          role: 'legal_adviser',
          villageIds: ['area-xiling'],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.call(county, 'team', 'appoint', {
          userId: user.id,
          role: 'legal_adviser',
          villageIds: ['area-chengguan'],
        }),
      ),
    ).toBe('BAD_REQUEST');
    const me = await sdk(app.db.collection('users').where({ _id: user.id }).get());
    expect((me as unknown as { data: { role: string }[] }).data[0]?.role).toBe('legal_adviser');
    const team = dataOf<{ members: { id: string }[] }>(
      await app.call(user.openid, 'team', 'team', { villageId: 'area-beipo' }),
    );
    expect(team.members.map((x) => x.id)).toContain(user.id);
  });
});

describe('wrong callers', () => {
  it('refuses another member’s ledger, an admin of another town, a resident', async () => {
    const [a, b] = members;
    expect(codeOf(await app.call(a!.openid, 'team', 'ledger', { memberId: b!.id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(a!.openid, 'team', 'workLog', { memberId: b!.id, month: MONTH }))).toBe(
      'NOT_FOUND',
    );
    // members[1] serves only 东山村 (城关镇).
    expect(codeOf(await app.call(nanhuAdmin, 'team', 'ledger', { memberId: members[1]!.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await app.call(nanhuAdmin, 'team', 'exportLog', { memberId: members[1]!.id, month: MONTH })),
    ).toBe('NOT_FOUND');
    const resident = await app.createUser('resident');
    for (const [action, payload] of [
      ['ledger', {}],
      ['compliance', { month: MONTH }],
      ['appoint', { userId: resident.id, role: 'local_figure', villageIds: ['area-dongshan'] }],
      ['closeMonth', { month: MONTH, areaId: 'area-county', comments: [] }],
    ] as const) {
      expect(codeOf(await app.call(resident.openid, 'team', action, payload))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.call(a!.openid, 'team', 'compliance', { month: MONTH }))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(a!.openid, 'team', 'viewCheckIn', { visitId: aVisitInDongshan }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.call(nanhuAdmin, 'team', 'viewCheckIn', { visitId: aVisitInDongshan }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('exports open', () => {
  it('writes the member’s month as a .docx with the ledger and the log', async () => {
    const adviser = members[0]!;
    dataOf(
      await app.call(adviser.openid, 'team', 'saveNote', { day: '2026-10-12', text: '到东山村走访了三户' }),
    );
    const file = dataOf<{ url: string; fileName: string }>(
      await app.call(adviser.openid, 'team', 'exportLog', { month: MONTH }),
    );
    expect(file.fileName).toMatch(/^工作日志和台账-.+-2026-10\.docx$/);
    const { text } = await readDocx(await fetchBytes(file.url));
    expect(text).toContain('“四个至少”台账');
    expect(text).toContain('东山村');
    expect(text).toContain('到东山村走访了三户');
  });

  it('writes the bureau’s month as an .xlsx, one row per member and village', async () => {
    const file = dataOf<{ url: string; fileName: string }>(
      await app.call(county, 'team', 'exportCompliance', { month: MONTH }),
    );
    expect(file.fileName).toBe('四个至少-2026-10-清溪县.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fetchBytes(file.url)) as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet('四个至少')!;
    const c = dataOf<Compliance>(await app.call(county, 'team', 'compliance', { month: MONTH }));
    expect(sheet.rowCount).toBe(c.rows.length + 2);
    expect(sheet.getRow(3).getCell(3).value).toBe(c.rows[0]?.memberName);
    expect(sheet.getRow(2).getCell(2).value).toBe('村（社区）');
  });
});

describe('the monthly review freezes the month', () => {
  it('closes a town’s month with comments; then notes and visits of that month are refused', async () => {
    const adviser = members[1]!; // 东山村 only
    const southern = members[3]!; // 北坡村 only
    expect(
      codeOf(
        await app.call(nanhuAdmin, 'team', 'closeMonth', {
          month: MONTH,
          areaId: 'area-chengguan',
          comments: [],
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.call(chengguanAdmin, 'team', 'closeMonth', {
          month: '2026-12',
          areaId: 'area-chengguan',
          comments: [],
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await app.call(chengguanAdmin, 'team', 'closeMonth', {
          month: MONTH,
          areaId: 'area-chengguan',
          comments: [{ memberId: southern.id, comment: '越界' }],
        }),
      ),
    ).toBe('NOT_FOUND');
    dataOf(await app.call(adviser.openid, 'team', 'saveNote', { day: '2026-10-20', text: '整理台账' }));
    const closed = dataOf<{ closed: number }>(
      await app.call(chengguanAdmin, 'team', 'closeMonth', {
        month: MONTH,
        areaId: 'area-chengguan',
        comments: [{ memberId: adviser.id, comment: '完成较好，讲座可再多一些' }],
      }),
    );
    expect(closed.closed).toBe(3);
    const res = await app.call(adviser.openid, 'team', 'saveNote', { day: '2026-10-20', text: '补一句' });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(!res.ok && res.error.message).toContain('已由司法局审核封存');
    expect(
      codeOf(await app.call(adviser.openid, 'team', 'saveNote', { day: '2026-11-02', text: '下月' })),
    ).toBe('OK');
    expect(
      codeOf(await app.call(southern.openid, 'team', 'saveNote', { day: '2026-10-20', text: '南湖未封存' })),
    ).toBe('OK');
    expect(
      codeOf(
        await app.call(county, 'team', 'addGuest', {
          target: { kind: 'visit', id: aVisitInDongshan },
          name: '王调解',
          duty: '村调解员',
        }),
      ),
    ).toBe('CONFLICT');
    // A visit of the closed month still within its seven days for writing up: the visit function refuses it too.
    const late = await sdk(
      app.db.collection('visits').add({
        data: {
          memberId: adviser.id,
          memberRole: 'legal_adviser',
          villageId: 'area-dongshan',
          area: { countyId: 'area-county', townId: 'area-chengguan', villageId: 'area-dongshan' },
          status: 'open',
          checkIn: {
            at: Date.now(),
            takenAt: Date.now(),
            risk: { level: 'normal', reasons: [] },
            late: false,
          },
          period: { week: '2026-W44', month: MONTH },
          createdAt: Date.now(),
          updatedAt: Date.now(),
        },
      }),
    );
    const record = await app.call(adviser.openid, 'visit', 'recordActivity', {
      visitId: (late as { _id: string })._id,
      kind: 'lecture',
      topic: '民法典讲座',
      clientKey: 'late-lecture-0001',
    });
    expect(!record.ok && record.error.message).toContain('已由司法局审核封存');
    const l = dataOf<MemberLedger>(await app.call(adviser.openid, 'team', 'ledger', { period: MONTH }));
    expect(l).toMatchObject({ closed: true, comment: '完成较好，讲座可再多一些' });
    const again = dataOf<{ closed: number; alreadyClosed: number }>(
      await app.call(county, 'team', 'closeMonth', { month: MONTH, areaId: 'area-chengguan', comments: [] }),
    );
    expect(again).toMatchObject({ closed: 0, alreadyClosed: 3 });
  });
});

describe('the reminder before a period ends', () => {
  it('reminds a member with items missing once per period, through the timer', async () => {
    dataOf(await app.call(county, 'team', 'saveRules', { ...defaultTeamRules, remindDaysBefore: 7 }));
    const figure = await appointMember(app, county, 'local_figure', ['area-beipo']);
    app.devcloud.openapi.grantSubscription(figure.openid, testTemplateIds.teamLedgerReminder);
    expect(
      dataOf<{ subscribed: boolean }>(
        await app.call(figure.openid, 'team', 'subscribeReminder', { accepted: true }),
      ),
    ).toEqual({
      subscribed: true,
    });
    expect((await app.devcloud.triggers.runNow('team', 'remindLedger')).ok).toBe(true);
    const sent = app.devcloud.openapi.outbox(figure.openid);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain('北坡村差走访');
    await app.devcloud.triggers.runNow('team', 'remindLedger');
    expect(app.devcloud.openapi.outbox(figure.openid)).toHaveLength(1);
    dataOf(await app.call(county, 'team', 'saveRules', defaultTeamRules));
  });
});
