import { areaDocsOf } from '@server/areas/seed';
import { insertDocs } from '../../devcloud/db/writer';
import { demoAreas } from '../../scripts/seed/demo-areas';
import { generateStatsData, trueFigures } from '../../scripts/seed/stats-data';
import { monthStart } from '../../server/stats/months';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import {
  book,
  bookingInput,
  createMediator as createBookingMediator,
  roundTheClock,
  slotDays,
  starts,
} from '../helpers/booking';
import { createMediator, startConsultation } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';

const app = useAppCloud();
jest.setTimeout(180_000);

const tree = areaDocsOf(demoAreas, 0);
const refOf = (id: string) => tree.find((a) => a._id === id)!.ref;
const nameOf = (id: string) => tree.find((a) => a._id === id)!.name;
const from = monthStart(2025, 1);
const to = monthStart(2025, 7);
const data = generateStatsData(1200, from, to, 31);

interface Dashboard {
  areaId?: string;
  areaName: string;
  figures: { screened: number; prevented: number; mediated: number; succeeded: number };
  byVillage: { key: string; screened: number }[];
  legalAid: { status: string; count: number }[];
}

let county: { openid: string; id: string };
let town: { openid: string; id: string };

/** A user placed where the staff lists look: a resident in their village, staff at their scope. */
async function placed(
  role: 'resident' | 'admin' | 'mediator' | 'legal_aid_officer',
  at: string,
  name: string,
) {
  const fields =
    role === 'resident'
      ? { areaId: at, village: nameOf(at), area: refOf(at) }
      : { scopeAreaId: at, area: refOf(at) };
  return app.createUser(role, { nickname: name, ...fields });
}

beforeAll(async () => {
  await plantAreas(app);
  const engine = app.devcloud.database.engine;
  insertDocs(engine, 'consultations', data.consultations);
  insertDocs(engine, 'cases', data.cases);
  insertDocs(engine, 'legal_aid_applications', data.legalAid);
  const { rebuildRollups } = await import('../../server/stats/rebuild');
  await rebuildRollups(from, to);
  county = await app.createUser('admin', { nickname: '县局', area: refOf('area-county') });
  town = await placed('admin', 'area-nanhu', '南湖镇司法所');
});

describe("a town's office sees its town's figures, the county bureau all", () => {
  it("the town admin's dashboard is their town's, exactly; the county admin's the whole county", async () => {
    const mine = dataOf<Dashboard>(await app.call(town.openid, 'stats', 'dashboard', { from, to }));
    const truth = trueFigures(data, from, to, 'area-nanhu');
    expect(mine).toMatchObject({ areaId: 'area-nanhu', areaName: '南湖镇' });
    expect(mine.figures).toMatchObject({
      screened: truth.screened,
      prevented: truth.prevented,
      mediated: truth.mediated,
      succeeded: truth.succeeded,
    });
    expect(Object.fromEntries(mine.byVillage.map((r) => [r.key, r.screened]))).toEqual(truth.byVillage);
    expect(Object.keys(truth.byVillage).sort()).toEqual(['北坡村', '南湖村']);
    expect(Object.fromEntries(mine.legalAid.map((a) => [a.status, a.count]))).toEqual(truth.legalAid);

    const all = dataOf<Dashboard>(await app.call(county.openid, 'stats', 'dashboard', { from, to }));
    const countyTruth = trueFigures(data, from, to);
    expect(all.areaName).toBe('全县');
    expect(all.figures.screened).toBe(countyTruth.screened);
    expect(all.figures.screened).toBeGreaterThan(mine.figures.screened);
    const chengguan = dataOf<Dashboard>(
      await app.call(county.openid, 'stats', 'dashboard', { from, to, areaId: 'area-chengguan' }),
    );
    expect(chengguan.figures.screened).toBe(trueFigures(data, from, to, 'area-chengguan').screened);
  });

  it('a village of their own town narrows it; another town, its village or a grid is refused', async () => {
    const beipo = dataOf<Dashboard>(
      await app.call(town.openid, 'stats', 'dashboard', { from, to, areaId: 'area-beipo' }),
    );
    expect(beipo.figures.screened).toBe(trueFigures(data, from, to, 'area-beipo').screened);
    expect(beipo.areaName).toBe('南湖镇北坡村');
    for (const areaId of ['area-chengguan', 'area-dongshan', 'area-county']) {
      const res = await app.call(town.openid, 'stats', 'dashboard', { from, to, areaId });
      expect([areaId, codeOf(res)]).toEqual([areaId, 'FORBIDDEN']);
      expect(codeOf(await app.call(town.openid, 'stats', 'exportCsv', { from, to, areaId }))).toBe(
        'FORBIDDEN',
      );
    }
    const grid = await app.call(town.openid, 'stats', 'dashboard', { from, to, areaId: 'grid-beipo-1' });
    expect(codeOf(grid)).toBe('BAD_REQUEST');
    const missing = await app.call(county.openid, 'stats', 'dashboard', { from, to, areaId: 'no-such-node' });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });
});

describe('staff lists filter by scope', () => {
  it("user.list: the town admin sees only their town's residents and staff", async () => {
    const nanhu = [
      await placed('resident', 'area-nanhu-cun', '南湖村居民'),
      await placed('resident', 'area-beipo', '北坡村居民'),
      await placed('mediator', 'area-nanhu', '南湖镇调解员'),
    ];
    const others = [
      await placed('resident', 'area-dongshan', '东山村居民'),
      await placed('mediator', 'area-chengguan', '城关镇调解员'),
      await app.createUser('resident', { nickname: '未选村的居民' }),
    ];
    const listOf = async (openid: string, extra = {}) =>
      dataOf<{ items: { id: string; scopeName?: string }[] }>(
        await app.call(openid, 'user', 'list', { limit: 100, ...extra }),
      ).items;
    const seen = new Set((await listOf(town.openid)).map((u) => u.id));
    expect([...nanhu, town].every((u) => seen.has(u.id))).toBe(true);
    expect(others.some((u) => seen.has(u.id))).toBe(false);
    expect(seen.has(county.id)).toBe(false);

    const everyone = new Set((await listOf(county.openid)).map((u) => u.id));
    expect([...nanhu, ...others, town, county].every((u) => everyone.has(u.id))).toBe(true);
    const beipo = await listOf(town.openid, { areaId: 'area-beipo' });
    expect(beipo.map((u) => u.id)).toEqual([nanhu[1]!.id]);
    expect(codeOf(await app.call(town.openid, 'user', 'list', { areaId: 'area-dongshan' }))).toBe(
      'FORBIDDEN',
    );
    const mediatorRow = (await listOf(town.openid, { role: 'mediator' })).find((u) => u.id === nanhu[2]!.id);
    expect(mediatorRow?.scopeName).toBe('清溪县 / 南湖镇');
  });

  it("setRole: another town's person reads as missing; whom the town makes staff works in the town", async () => {
    const theirs = await placed('resident', 'area-dongshan', '东山村的人');
    expect(
      codeOf(await app.call(town.openid, 'user', 'setRole', { userId: theirs.id, role: 'mediator' })),
    ).toBe('NOT_FOUND');
    const ours = await placed('resident', 'area-beipo', '北坡村的人');
    dataOf(await app.call(town.openid, 'user', 'setRole', { userId: ours.id, role: 'legal_aid_officer' }));
    const res = await sdk(app.db.collection('users').doc(ours.id).get());
    const user = (res as { data: { scopeAreaId?: string; area?: { townId?: string } } }).data;
    expect(user).toMatchObject({ scopeAreaId: 'area-nanhu', area: { townId: 'area-nanhu' } });
  });

  it("the roster, the case lists and the legal-aid queue hold the town's only", async () => {
    const ourMediator = await createMediator(app, { name: '南湖调解员' });
    const theirMediator = await createMediator(app, { name: '城关调解员' });
    await sdk(
      app.db
        .collection('users')
        .doc(ourMediator.userId)
        .update({ data: { area: refOf('area-nanhu') } }),
    );
    await sdk(
      app.db
        .collection('users')
        .doc(theirMediator.userId)
        .update({ data: { area: refOf('area-chengguan') } }),
    );
    const roster = dataOf<{ items: { id: string }[] }>(
      await app.call(town.openid, 'mediator', 'adminList', {}),
    );
    expect(roster.items.map((m) => m.id)).toEqual([ourMediator.mediatorId]);
    const full = dataOf<{ items: { id: string }[] }>(
      await app.call(county.openid, 'mediator', 'adminList', {}),
    );
    expect(full.items.map((m) => m.id)).toEqual(
      expect.arrayContaining([ourMediator.mediatorId, theirMediator.mediatorId]),
    );
    const update = { id: theirMediator.mediatorId, specialties: ['邻里'], areas: [], capacity: 3 };
    expect(codeOf(await app.call(town.openid, 'mediator', 'update', update))).toBe('NOT_FOUND');

    // Cases booked through the function: one where the resident lives, one in the village they chose.
    const mediator = await createBookingMediator(app, '刘德明', roundTheClock);
    const slots = starts(await slotDays(app, mediator.openid, mediator.mediatorId));
    const resident = await placed('resident', 'area-beipo', '北坡村的申请人');
    const home = await book(app, resident.openid, mediator.mediatorId, slots[0]!);
    const away = await book(app, resident.openid, mediator.mediatorId, slots[1]!, {
      areaId: 'area-dongshan',
    });
    const pendingOf = async (openid: string) =>
      dataOf<{ items: { id: string }[] }>(await app.call(openid, 'booking', 'pending', {})).items.map(
        (c) => c.id,
      );
    expect(await pendingOf(town.openid)).toEqual([home.id]);
    expect(await pendingOf(county.openid)).toEqual(expect.arrayContaining([home.id, away.id]));
    expect(codeOf(await app.call(town.openid, 'case', 'get', { caseId: away.id }))).toBe('NOT_FOUND');
    expect(dataOf(await app.call(town.openid, 'case', 'get', { caseId: home.id }))).toMatchObject({
      id: home.id,
    });
    const stored = (await sdk(app.db.collection('cases').doc(away.id).get())) as unknown as {
      data: { area: unknown };
    };
    expect(stored.data.area).toEqual(refOf('area-dongshan'));
    const badVillage = await app.call(resident.openid, 'booking', 'create', {
      ...bookingInput(mediator.mediatorId, slots[2]!),
      areaId: 'area-nanhu',
    });
    expect(codeOf(badVillage)).toBe('BAD_REQUEST');

    const officer = await placed('legal_aid_officer', 'area-nanhu', '南湖法援');
    const countyOfficer = await app.createUser('legal_aid_officer', { area: refOf('area-county') });
    const submitAs = async (r: { openid: string; id: string }) =>
      dataOf<{ id: string }>(
        await app.call(r.openid, 'legalaid', 'submit', { form: completeForm(app, r.id), consent }),
      ).id;
    const ours = await submitAs(resident);
    const theirs = await submitAs(await placed('resident', 'area-dongshan', '东山村的申请人'));
    const queueOf = async (openid: string) =>
      dataOf<{ items: { id: string; area?: string }[] }>(await app.call(openid, 'legalaid', 'queue', {}))
        .items;
    const townQueue = await queueOf(officer.openid);
    expect(townQueue.find((a) => a.id === ours)?.area).toBe('北坡村');
    expect(townQueue.some((a) => a.id === theirs)).toBe(false);
    expect((await queueOf(countyOfficer.openid)).map((a) => a.id)).toEqual(
      expect.arrayContaining([ours, theirs]),
    );
  });
});

describe('a resident chooses their village from the tree', () => {
  it('stores the node and its name, and their next consultation belongs there', async () => {
    const r = await app.createUser('resident', { nickname: '新来的', phoneMasked: '139****0000' });
    const me = dataOf<{ areaId?: string; village?: string }>(
      await app.call(r.openid, 'user', 'updateProfile', { nickname: '新来的', areaId: 'area-xiling' }),
    );
    // The village page sends no phone: the stored one stays.
    expect(me).toMatchObject({ areaId: 'area-xiling', village: '西岭村', phoneMasked: '139****0000' });
    expect(dataOf(await app.call(r.openid, 'user', 'me', {}))).toMatchObject({ areaId: 'area-xiling' });
    await createMediator(app, { specialties: ['邻里'] });
    const c = await startConsultation(app, r.openid, { disputeType: '邻里' });
    const stored = (await sdk(app.db.collection('consultations').doc(c.id).get())) as {
      data: { area?: unknown; residentVillage?: string };
    };
    expect(stored.data).toMatchObject({ residentVillage: '西岭村', area: refOf('area-xiling') });
    const town = dataOf<{ items: { id: string }[] }>(
      await app.call(county.openid, 'user', 'list', { areaId: 'area-xiling' }),
    );
    expect(town.items.map((u) => u.id)).toContain(r.id);
  });

  it('may skip it; a town, a grid or an unknown node is refused under the field', async () => {
    const r = await app.createUser('resident', { nickname: '跳过' });
    expect(
      dataOf(await app.call(r.openid, 'user', 'updateProfile', { nickname: '跳过' })),
    ).not.toHaveProperty('areaId');
    for (const [areaId, code] of [
      ['area-nanhu', 'BAD_REQUEST'],
      ['grid-beipo-1', 'BAD_REQUEST'],
      ['nowhere', 'NOT_FOUND'],
    ] as const) {
      const res = await app.call(r.openid, 'user', 'updateProfile', { nickname: '跳过', areaId });
      expect([areaId, codeOf(res)]).toEqual([areaId, code]);
      if (!res.ok) expect(res.error.fields).toHaveProperty('areaId');
    }
  });

  it('staff see their scope in words', async () => {
    const me = dataOf<{ scopeName?: string }>(await app.call(town.openid, 'user', 'me', {}));
    expect(me.scopeName).toBe('清溪县 / 南湖镇');
    expect(dataOf<{ scopeName?: string }>(await app.call(county.openid, 'user', 'me', {})).scopeName).toBe(
      '清溪县',
    );
  });
});
