import type { GridEventDetail, NearbyEvent } from '@contracts/grid/models';
import { metresBetween, toGcj02 } from '@server/areas/geometry';
import gcoord from 'gcoord';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { at } from '../helpers/areas';
import { createMediator } from '../helpers/booking';
import { eventually } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { actOk, castGrid, type GridCast, inGrid, reportAs, reportInput } from '../helpers/grid';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();
let c: GridCast;
let mediator: { openid: string };

beforeAll(async () => {
  c = await castGrid(app);
  mediator = await createMediator(app, '张桂兰');
});

/** A point `metres` east of `p` (one degree of longitude is about 111 km × cos(latitude)). */
const east = (p: { lng: number; lat: number }, metres: number) => ({
  lng: p.lng + metres / (111_320 * Math.cos((p.lat * Math.PI) / 180)),
  lat: p.lat,
});

const nearby = async (who: { openid: string }, type: string, point: { lng: number; lat: number }) =>
  dataOf<{ items: NearbyEvent[] }>(await app.call(who.openid, 'gridevent', 'nearby', { type, point })).items;

describe('reporting', () => {
  it('places the report in its grid, converting a browser’s WGS-84 reading', async () => {
    const truth = at(7.5, 25);
    const [lng, lat] = gcoord.transform([truth.lng, truth.lat], gcoord.GCJ02, gcoord.WGS84) as [
      number,
      number,
    ];
    const e = await reportAs(app, c.worker, { point: { lng, lat }, coordinate: 'wgs84' });
    expect(e.placeName).toBe('清溪县 / 城关镇 / 东山村 / 东山村第二网格');
    expect(metresBetween(e.point, toGcj02({ lng, lat }, 'wgs84'))).toBeLessThan(1);
  });

  it('refuses a point outside the county', async () => {
    const res = await app.call(
      c.worker.openid,
      'gridevent',
      'report',
      reportInput(app, c.worker, { point: at(45, 10) }),
    );
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { point: '这个位置不在本县范围内' } },
    });
  });

  it('answers a repeated report (same key) with the first event and stores one', async () => {
    const input = reportInput(app, c.worker, { description: '重复提交测试：同一份上报发了两次' });
    const first = dataOf<GridEventDetail>(await app.call(c.worker.openid, 'gridevent', 'report', input));
    const again = dataOf<GridEventDetail>(await app.call(c.worker.openid, 'gridevent', 'report', input));
    expect(again.id).toBe(first.id);
    expect(again.number).toBe(first.number);
    const stored = (await sdk(
      app.db.collection('grid_events').where({ description: input.description }).count(),
    )) as unknown as { total: number };
    expect(stored.total).toBe(1);
  });

  it('keeps the time of an offline report and marks it late', async () => {
    const seenAt = Date.now() - 3 * 3_600_000;
    const e = await reportAs(app, c.worker, { clientAt: seenAt });
    expect(e).toMatchObject({ clientAt: seenAt, late: true });
    expect(e.timeline[0]).toMatchObject({ step: 'report', note: '离线保存后补报' });
    expect((await reportAs(app, c.worker)).late).toBe(false);
    const future = await app.call(
      c.worker.openid,
      'gridevent',
      'report',
      reportInput(app, c.worker, { clientAt: Date.now() + 3_600_000 }),
    );
    expect(codeOf(future)).toBe('BAD_REQUEST');
  });
});

describe('content security', () => {
  it('hides a photo WeChat’s image check refuses, from everyone', async () => {
    const risky = uploadAs(app, c.worker.id, 'grid-event', 'risky-scene.jpg');
    const fine = uploadAs(app, c.worker.id, 'grid-event', 'fine-scene.jpg');
    const e = await reportAs(app, c.worker, { photos: [risky, fine] });
    const photos = () =>
      app
        .call(c.street.openid, 'gridevent', 'get', { eventId: e.id })
        .then((r) => dataOf<GridEventDetail>(r).photoUrls);
    const shown = await eventually(photos, (urls) => !urls.some((u) => u.includes('risky-scene')));
    expect(shown).toEqual([expect.stringContaining('fine-scene')]);
  });

  it('refuses risky words in the description', async () => {
    const res = await app.call(
      c.worker.openid,
      'gridevent',
      'report',
      reportInput(app, c.worker, { description: '这里有人贩卖毒品，需要处理' }),
    );
    expect(codeOf(res)).toBe('CONTENT_RISKY');
  });
});

describe('likely duplicates within 50 m', () => {
  it('offers open events of the same type nearby, nearest first, and nothing farther or of another type', async () => {
    const spot = at(3.3, 27.7);
    const e = await reportAs(app, c.worker, {
      type: 'hazard',
      point: spot,
      description: '老房子外墙开裂有掉落危险',
    });
    const near = await nearby(c.otherWorker, 'hazard', east(spot, 30));
    expect(near.map((n) => n.id)).toEqual([e.id]);
    expect(near[0]?.metres).toBeGreaterThanOrEqual(29);
    expect(near[0]?.metres).toBeLessThanOrEqual(31);
    expect(await nearby(c.otherWorker, 'hazard', east(spot, 80))).toEqual([]);
    expect(await nearby(c.otherWorker, 'facility', spot)).toEqual([]);
    await actOk(app, c.street, { step: 'return', eventId: e.id, note: '已由消防处理' });
    expect(await nearby(c.otherWorker, 'hazard', spot)).toEqual([]);
  });

  it('masks a key person’s name to anyone but the handlers', async () => {
    const spot = at(1.2, 21.3);
    const e = await reportAs(app, c.worker, {
      type: 'key_person',
      point: spot,
      people: [{ name: '刘大伟', note: '独居老人' }],
      description: '刘大伟近日情绪低落，需要关注',
    });
    expect(e.people[0]?.name).toBe('刘大伟');
    const [seen] = await nearby(c.otherWorker, 'key_person', spot);
    expect(seen?.description).toBe('刘某某近日情绪低落，需要关注');
    expect(codeOf(await app.call(c.otherWorker.openid, 'gridevent', 'get', { eventId: e.id }))).toBe(
      'NOT_FOUND',
    );
    const street = dataOf<GridEventDetail>(
      await app.call(c.street.openid, 'gridevent', 'get', { eventId: e.id }),
    );
    expect(street.people[0]?.name).toBe('刘大伟');
    expect(street.photoUrls).toHaveLength(1);
  });
});

describe('a dispute becomes a mediation case', () => {
  it('makes the case in one tap, prefilled, and links both ways', async () => {
    const e = await reportAs(app, c.worker, { description: '张三和李四因排水沟堵塞发生争执' });
    const made = dataOf<{ caseId: string; caseNumber: string; event: GridEventDetail }>(
      await app.call(c.worker.openid, 'gridevent', 'toCase', {
        eventId: e.id,
        clientKey: 'to-case-001',
        disputeType: '邻里',
      }),
    );
    expect(made.event).toMatchObject({
      state: 'closed',
      caseLink: { kind: 'case', id: made.caseId, number: made.caseNumber },
    });
    expect(made.event.timeline.at(-1)?.step).toBe('to_case');
    const again = dataOf<{ caseId: string }>(
      await app.call(c.worker.openid, 'gridevent', 'toCase', {
        eventId: e.id,
        clientKey: 'to-case-001',
        disputeType: '邻里',
      }),
    );
    expect(again.caseId).toBe(made.caseId);
    const twice = await app.call(c.worker.openid, 'gridevent', 'toCase', {
      eventId: e.id,
      clientKey: 'to-case-002',
      disputeType: '邻里',
    });
    expect(codeOf(twice)).toBe('CONFLICT');
    const theCase = dataOf<{
      fromGridEventId: string;
      description: string;
      otherParty: { name: string };
      caseNumber: string;
    }>(await app.call(mediator.openid, 'case', 'get', { caseId: made.caseId }));
    expect(theCase).toMatchObject({
      fromGridEventId: e.id,
      caseNumber: made.caseNumber,
      otherParty: { name: '张三' },
    });
    expect(theCase.description).toContain(e.number);
  });

  it('refuses a case from anything but a dispute, and from someone else’s grid', async () => {
    const hazard = await reportAs(app, c.worker, { type: 'hazard', description: '桥梁护栏松动' });
    const res = await app.call(c.worker.openid, 'gridevent', 'toCase', {
      eventId: hazard.id,
      clientKey: 'to-case-003',
      disputeType: '其他',
    });
    expect(codeOf(res)).toBe('CONFLICT');
    const dispute = await reportAs(app, c.worker);
    const other = await app.call(c.otherWorker.openid, 'gridevent', 'toCase', {
      eventId: dispute.id,
      clientKey: 'to-case-004',
      disputeType: '邻里',
    });
    expect(codeOf(other)).toBe('NOT_FOUND');
    const office = await app.call(c.office.openid, 'gridevent', 'toCase', {
      eventId: dispute.id,
      clientKey: 'to-case-005',
      disputeType: '邻里',
    });
    expect(codeOf(office)).toBe('FORBIDDEN');
    const cases = (await sdk(
      app.db.collection('cases').where({ fromGridEventId: dispute.id }).count(),
    )) as unknown as { total: number };
    expect(cases.total).toBe(0);
  });
});

describe('lists by role', () => {
  it('shows my reports, the unit’s to-do and the street’s list, each to its own people', async () => {
    const e = await reportAs(app, c.worker, { description: '列表测试：菜市场门口摊位占道' });
    const ids = async (who: { openid: string }, box: string) =>
      dataOf<{ items: { id: string }[] }>(await app.call(who.openid, 'gridevent', 'list', { box })).items.map(
        (i) => i.id,
      );
    expect(await ids(c.worker, 'mine')).toContain(e.id);
    expect(await ids(c.otherWorker, 'mine')).not.toContain(e.id);
    expect(await ids(c.street, 'street')).toContain(e.id);
    expect(await ids(c.otherStreet, 'street')).not.toContain(e.id);
    expect(await ids(c.office, 'unit')).not.toContain(e.id);
    await actOk(app, c.street, { step: 'accept', eventId: e.id });
    await actOk(app, c.street, { step: 'dispatch', eventId: e.id, unitId: c.officeUnitId });
    expect(await ids(c.office, 'unit')).toContain(e.id);
    expect(await ids(c.squad, 'unit')).not.toContain(e.id);
    expect(codeOf(await app.call(c.worker.openid, 'gridevent', 'list', { box: 'unit' }))).toBe('FORBIDDEN');
  });
});

describe('handling units', () => {
  it('lets only an admin in scope manage them, with unit_staff users as staff', async () => {
    const units = dataOf<{ items: { name: string }[] }>(
      await app.call(c.street.openid, 'gridevent', 'units', {}),
    );
    expect(units.items.map((u) => u.name).sort()).toEqual(['城关社区居委会', '城关镇综合执法队'].sort());
    const input = { name: '东山村村委会', kind: 'community', areaId: 'area-dongshan' };
    expect(codeOf(await app.call(c.worker.openid, 'gridevent', 'saveUnit', input))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(c.otherStreet.openid, 'gridevent', 'saveUnit', input))).toBe('FORBIDDEN');
    const wrongStaff = await app.call(c.street.openid, 'gridevent', 'saveUnit', {
      ...input,
      staffUserIds: [c.resident.id],
    });
    expect(wrongStaff).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { 'staffUserIds.0': expect.any(String) } },
    });
    const changed = await app.call(c.otherStreet.openid, 'gridevent', 'saveUnit', {
      ...input,
      id: c.officeUnitId,
      areaId: 'area-nanhu-cun',
    });
    expect(codeOf(changed)).toBe('NOT_FOUND');
  });
});

it('answers nothing to a point given as the wrong pair', async () => {
  expect(
    codeOf(
      await app.call(c.worker.openid, 'gridevent', 'nearby', {
        type: 'dispute',
        point: { lng: inGrid.lat, lat: inGrid.lng },
      }),
    ),
  ).toBe('BAD_REQUEST');
});
