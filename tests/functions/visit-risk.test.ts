import type { Visit, VisitRecord } from '@contracts/team/models';
import gcoord from 'gcoord';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { at, plantAreas } from '../helpers/areas';
import { eventually, key, stored } from '../helpers/consultation';
import { checkIn, createMember, reasonCodes, stampAt } from '../helpers/team';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();
const both = ['area-dongshan', 'area-xiling'];

beforeAll(async () => {
  await plantAreas(app);
});

describe('check-in: the place, judged by the function', () => {
  it('passes a jittering, precise reading well inside the village, with no reasons', async () => {
    const m = await createMember(app, both);
    const v = await checkIn(app, m, 'area-dongshan', at(3, 25));
    expect(v).toMatchObject({
      status: 'open',
      villageName: '东山村',
      checkIn: { risk: { level: 'normal', reasons: [] } },
    });
    expect(v.checkIn.samples).toBe(5);
    expect(v.checkIn.spreadM).toBeGreaterThan(1);
    expect(v.period.month).toMatch(/^\d{4}-\d{2}$/);
  });

  it('counts a reading exactly on the village edge as inside', async () => {
    const m = await createMember(app, both);
    const v = await checkIn(app, m, 'area-dongshan', at(0, 25));
    expect(reasonCodes(v)).toEqual([]);
  });

  it('puts a reading in the hole of 西岭村 (the forest farm) outside the village', async () => {
    const m = await createMember(app, both);
    const v = await checkIn(app, m, 'area-xiling', at(16, 25));
    expect(v.checkIn.risk).toEqual({
      level: 'review',
      reasons: [{ code: 'outside', text: '签到位置不在西岭村范围内' }],
    });
  });

  it('converts a browser reading (WGS-84) before the polygon test; the same numbers as GCJ-02 fall outside', async () => {
    // 150 m inside 西岭村's west edge, which borders 东山村; WGS-84 lies some 500 m to the south-west.
    const truth = at(10.5, 25);
    const [lng, lat] = gcoord.transform([truth.lng, truth.lat], gcoord.GCJ02, gcoord.WGS84) as [
      number,
      number,
    ];
    const asBrowser = await checkIn(
      app,
      await createMember(app, both),
      'area-xiling',
      { lng, lat },
      { system: 'wgs84' },
    );
    expect(reasonCodes(asBrowser)).toEqual([]);
    expect(asBrowser.checkIn.point.lng).toBeCloseTo(truth.lng, 5);
    const mislabelled = await checkIn(app, await createMember(app, both), 'area-xiling', { lng, lat });
    expect(reasonCodes(mislabelled)).toEqual(['outside']);
  });
});

describe('check-in: each risk reason in words', () => {
  it('flags low accuracy', async () => {
    const v = await checkIn(app, await createMember(app, both), 'area-dongshan', at(3, 25), {
      accuracy: 350,
    });
    expect(v.checkIn.risk.level).toBe('review');
    expect(v.checkIn.risk.reasons).toEqual([
      { code: 'low_accuracy', text: '定位精度约 350 米，超过 100 米，位置不够准确' },
    ]);
  });

  it('flags readings that never moved (a location-faking app), and too few readings', async () => {
    const still = await checkIn(app, await createMember(app, both), 'area-dongshan', at(3, 25), {
      jitterM: 0,
    });
    expect(reasonCodes(still)).toEqual(['no_jitter']);
    expect(still.checkIn.risk.reasons[0]?.text).toContain('5 次定位完全相同');
    const one = await checkIn(app, await createMember(app, both), 'area-dongshan', at(3, 25), { count: 1 });
    expect(reasonCodes(one)).toEqual(['few_samples']);
  });

  it('flags impossible travel since the previous check-in or sign-out', async () => {
    const m = await createMember(app, both);
    const first = await checkIn(app, m, 'area-dongshan', at(2, 25), { clientAt: Date.now() - 120_000 });
    dataOf(
      await app.call(m.openid, 'visit', 'checkOut', {
        visitId: first.id,
        ...stampAt(app, m, at(2, 25), { clientAt: Date.now() - 110_000 }),
      }),
    );
    // Some 4.7 km east within two minutes: about 140 km/h and more.
    const second = await checkIn(app, m, 'area-xiling', at(18, 22));
    expect(reasonCodes(second)).toEqual(['impossible_speed']);
    expect(second.checkIn.risk.reasons[0]?.text).toMatch(
      /距上次（东山村，\d+ 分钟前）相距 4\.\d 公里，约每小时 \d+ 公里，超过 120 公里/,
    );
  });

  it('does not flag the same trip made in an hour', async () => {
    const m = await createMember(app, both);
    // Taken an hour ago without signal, sent now.
    const first = await checkIn(app, m, 'area-dongshan', at(2, 25), { clientAt: Date.now() - 3_600_000 });
    expect(reasonCodes(first)).toEqual(['late_upload']);
    dataOf(
      await app.call(m.openid, 'visit', 'checkOut', {
        visitId: first.id,
        ...stampAt(app, m, at(2, 25), { clientAt: Date.now() - 3_500_000 }),
      }),
    );
    expect(reasonCodes(await checkIn(app, m, 'area-xiling', at(18, 22)))).toEqual([]);
  });

  it('flags a phone clock far from the server’s, and dates the visit by the server', async () => {
    const ahead = Date.now() + 20 * 60_000;
    const v = await checkIn(app, await createMember(app, both), 'area-dongshan', at(3, 25), {
      clientAt: ahead - 3000,
      sentAt: ahead,
    });
    expect(reasonCodes(v)).toEqual(['clock_skew']);
    expect(v.checkIn.risk.reasons[0]?.text).toMatch(/^手机时间比服务器快 (19|20) 分钟/);
    expect(Math.abs(v.checkIn.clientAt - ahead)).toBeLessThan(5000);
    const raw = await stored(app, 'visits', v.id);
    expect(Math.abs((raw.checkIn as { takenAt: number }).takenAt - Date.now())).toBeLessThan(60_000);
  });

  it('accepts an offline check-in sent hours later, flagged 补传 with the original time', async () => {
    const taken = Date.now() - 2 * 3_600_000;
    const v = await checkIn(app, await createMember(app, both), 'area-dongshan', at(3, 25), {
      clientAt: taken,
    });
    expect(v.checkIn.late).toBe(true);
    expect(v.checkIn.clientAt).toBe(taken);
    expect(v.checkIn.risk.reasons).toEqual([{ code: 'late_upload', text: '离线签到，2 小时后补传' }]);
  });

  it('refuses an offline check-in older than the review allows, and one taken after it was sent', async () => {
    const m = await createMember(app, both);
    const old = await app.call(m.openid, 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stampAt(app, m, at(3, 25), { clientAt: Date.now() - 8 * 86_400_000 }),
    });
    expect(old).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const future = await app.call(m.openid, 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stampAt(app, m, at(3, 25), { clientAt: Date.now() + 3_600_000 }),
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { clientAt: '签到时间晚于发送时间' } },
    });
    expect(await app.call(m.openid, 'visit', 'current', {})).toMatchObject({
      ok: true,
      data: { visit: null },
    });
  });

  it('checks the live photo like a chat photo: the verdict arrives and is stored on the stamp', async () => {
    const v = await checkIn(app, await createMember(app, both), 'area-dongshan', at(3, 25));
    const raw = await eventually(
      () => stored(app, 'visits', v.id),
      (d) => (d.checkIn as { photoCheck?: string }).photoCheck === 'pass',
    );
    expect(raw.checkIn).toMatchObject({ photoCheck: 'pass', photoTraceId: expect.any(String) });
    expect(v.checkIn.photoUrl).toMatch(/^http/);
    expect(JSON.stringify(v)).not.toContain('cloud://');
  });

  it('hides a live photo that fails the check and makes it a reason to review; an activity photo too', async () => {
    const m = await createMember(app, both);
    const bad = uploadAs(app, m.id, 'visit', 'bad.jpg', 'risky-bytes');
    const v = dataOf<Visit>(
      await app.call(m.openid, 'visit', 'checkIn', {
        villageId: 'area-dongshan',
        ...stampAt(app, m, at(3, 25)),
        photoFileId: bad,
      }),
    );
    await eventually(
      () => stored(app, 'visits', v.id),
      (d) => (d.checkIn as { photoCheck?: string }).photoCheck === 'refused',
    );
    const now = dataOf<{ visit: Visit }>(await app.call(m.openid, 'visit', 'current', {})).visit;
    expect(now.checkIn.photoUrl).toBeUndefined();
    expect(now.checkIn.risk).toEqual({
      level: 'review',
      reasons: [{ code: 'photo_refused', text: '现场照片未通过安全检查，已隐藏' }],
    });

    const good = uploadAs(app, m.id, 'visit');
    const record = dataOf<VisitRecord>(
      await app.call(m.openid, 'visit', 'recordActivity', {
        visitId: v.id,
        kind: 'publicity',
        topic: '防范电信诈骗宣传',
        attendance: 50,
        photoFileIds: [good, uploadAs(app, m.id, 'visit', 'bad2.jpg', 'risky-bytes')],
        clientKey: key(),
      }),
    );
    expect(record.photoUrls).toHaveLength(2);
    await eventually(
      () => stored(app, 'visit_records', record.id),
      (d) => (d.photoChecks as { status: string }[]).every((c) => c.status !== 'checking'),
    );
    const later = dataOf<{ records: VisitRecord[] }>(await app.call(m.openid, 'visit', 'current', {}));
    expect(later.records.find((r) => r.id === record.id)?.photoUrls).toHaveLength(1);
  });
});
