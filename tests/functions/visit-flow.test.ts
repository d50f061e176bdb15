import type { Visit, VisitRecord } from '@contracts/team/models';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { at, plantAreas } from '../helpers/areas';
import { createMediator, roundTheClock } from '../helpers/booking';
import { key, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { checkIn, createMember, stampAt } from '../helpers/team';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();
const DAY = 86_400_000;

beforeAll(async () => {
  await plantAreas(app);
});

async function visitsOf(memberId: string): Promise<Record<string, unknown>[]> {
  const res = await sdk(app.db.collection('visits').where({ memberId }).get());
  return (res as { data: Record<string, unknown>[] }).data;
}

describe('who may check in where', () => {
  it('refuses a resident, a member without a team, and a member at a village not assigned', async () => {
    const resident = await app.createUser('resident');
    const input = (id: string) => ({
      villageId: 'area-dongshan',
      ...stampAt(app, { openid: '', id }, at(3, 25)),
    });
    expect(await app.call(resident.openid, 'visit', 'checkIn', input(resident.id))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const loner = await app.createUser('legal_adviser');
    expect(await app.call(loner.openid, 'visit', 'checkIn', input(loner.id))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您还不是驻村法律服务团队成员，请联系司法所' },
    });
    const figure = await createMember(app, ['area-dongshan'], 'local_figure');
    const elsewhere = await app.call(figure.openid, 'visit', 'checkIn', {
      ...input(figure.id),
      villageId: 'area-xiling',
    });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您没有被分派到这个村，不能在这里签到' },
    });
    expect(await visitsOf(figure.id)).toHaveLength(0);
  });

  it('refuses a member checking in for another, or using another’s photo, visit or record', async () => {
    const a = await createMember(app, ['area-dongshan']);
    const b = await createMember(app, ['area-dongshan']);
    const forOther = await app.call(a.openid, 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stampAt(app, a, at(3, 25)),
      memberId: b.id,
    });
    expect(forOther).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const theirPhoto = await app.call(a.openid, 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stampAt(app, a, at(3, 25)),
      photoFileId: uploadAs(app, b.id, 'visit'),
    });
    expect(theirPhoto).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', fields: { photoFileId: expect.any(String) } },
    });
    const chatPhoto = await app.call(a.openid, 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stampAt(app, a, at(3, 25)),
      photoFileId: uploadAs(app, a.id, 'chat'),
    });
    expect(chatPhoto).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await visitsOf(a.id)).toHaveLength(0);

    const bVisit = await checkIn(app, b, 'area-dongshan', at(3, 25));
    const out = await app.call(a.openid, 'visit', 'checkOut', {
      visitId: bVisit.id,
      ...stampAt(app, a, at(3, 25)),
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const rec = await app.call(a.openid, 'visit', 'recordActivity', {
      visitId: bVisit.id,
      kind: 'lecture',
      topic: '民法典讲座',
      clientKey: key(),
    });
    expect(rec).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await stored(app, 'visits', bVisit.id)).status).toBe('open');
  });
});

describe('a visit from check-in to sign-out', () => {
  it('is one visit however often the same check-in is sent (a retried offline upload)', async () => {
    const m = await createMember(app, ['area-dongshan']);
    const input = {
      villageId: 'area-dongshan',
      ...stampAt(app, m, at(3, 25), { clientAt: Date.now() - 3_600_000 }),
    };
    const [a, b] = await Promise.all([
      app.call(m.openid, 'visit', 'checkIn', input),
      app.call(m.openid, 'visit', 'checkIn', input),
    ]);
    const again = await app.call(m.openid, 'visit', 'checkIn', input);
    expect(dataOf<Visit>(a).id).toBe(dataOf<Visit>(b).id);
    expect(dataOf<Visit>(again).id).toBe(dataOf<Visit>(a).id);
    expect(await visitsOf(m.id)).toHaveLength(1);
    // A new check-in while this one is open is refused: sign out first.
    const second = await app.call(m.openid, 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stampAt(app, m, at(3, 25)),
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records a lecture and a screened dispute that becomes a case, then signs out', async () => {
    await createMediator(app, '张桂兰', roundTheClock);
    const m = await createMember(app, ['area-dongshan']);
    const visit = await checkIn(app, m, 'area-dongshan', at(3, 25));
    const lecture = dataOf<VisitRecord>(
      await app.call(m.openid, 'visit', 'recordActivity', {
        visitId: visit.id,
        kind: 'lecture',
        topic: '民法典与婚姻家庭',
        attendance: 36,
        photoFileIds: [uploadAs(app, m.id, 'visit')],
        clientKey: key(),
      }),
    );
    expect(lecture).toMatchObject({
      kind: 'lecture',
      attendance: 36,
      villageId: 'area-dongshan',
      period: visit.period,
    });
    expect(lecture.photoUrls).toHaveLength(1);
    const screening = dataOf<VisitRecord>(
      await app.call(m.openid, 'visit', 'recordActivity', {
        visitId: visit.id,
        kind: 'screening',
        topic: '宅基地边界纠纷',
        dispute: {
          disputeType: '邻里',
          partyName: '王大伯',
          otherPartyName: '李二婶',
          relation: '邻居',
          description: '两家因院墙位置争执多年，最近又因排水沟吵了起来',
        },
        clientKey: key(),
      }),
    );
    const turn = { recordId: screening.id, to: 'mediation', clientKey: key() };
    const made = dataOf<{ record: VisitRecord; linked: { kind: string; id: string; label: string } }>(
      await app.call(m.openid, 'visit', 'screenedToCase', turn),
    );
    expect(made.linked).toMatchObject({ kind: 'case', label: expect.stringMatching(/^调解案件 /) });
    expect(made.record.linked).toEqual({ kind: 'case', id: made.linked.id });
    const kase = await stored(app, 'cases', made.linked.id);
    expect(kase).toMatchObject({
      fromVisitRecordId: screening.id,
      disputeType: '邻里',
      residentId: m.id,
      otherParty: { name: '李二婶', relation: '邻居', village: '东山村' },
      booking: { status: 'pending' },
    });
    expect(String(kase.description)).toContain('王大伯与李二婶');
    // The same tap again answers the same case; another tap on a converted record is refused.
    expect(
      dataOf<{ linked: { id: string } }>(await app.call(m.openid, 'visit', 'screenedToCase', turn)).linked.id,
    ).toBe(made.linked.id);
    expect(
      await app.call(m.openid, 'visit', 'screenedToCase', { ...turn, to: 'consultation', clientKey: key() }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // A lecture has no dispute to turn.
    expect(
      await app.call(m.openid, 'visit', 'screenedToCase', {
        recordId: lecture.id,
        to: 'consultation',
        clientKey: key(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const out = dataOf<Visit>(
      await app.call(m.openid, 'visit', 'checkOut', { visitId: visit.id, ...stampAt(app, m, at(3.2, 25.1)) }),
    );
    expect(out).toMatchObject({
      status: 'closed',
      closedBy: 'member',
      checkOut: { risk: { level: 'normal' } },
    });
    const mine = dataOf<{ visits: Visit[]; records: VisitRecord[] }>(
      await app.call(m.openid, 'visit', 'mine', {}),
    );
    expect(mine.visits.map((v) => v.id)).toEqual([visit.id]);
    expect(mine.records.map((r) => r.kind).sort()).toEqual(['lecture', 'screening']);
    expect(
      dataOf<{ visit: Visit | null }>(await app.call(m.openid, 'visit', 'current', {})).visit,
    ).toBeNull();
  });

  it('turns a screened dispute into a consultation, linked both ways', async () => {
    const m = await createMember(app, ['area-dongshan']);
    const visit = await checkIn(app, m, 'area-dongshan', at(3, 25));
    const screening = dataOf<VisitRecord>(
      await app.call(m.openid, 'visit', 'recordActivity', {
        visitId: visit.id,
        kind: 'screening',
        topic: '赡养费纠纷',
        dispute: {
          disputeType: '婚姻家庭',
          partyName: '周奶奶',
          otherPartyName: '周建军',
          relation: '母子',
          description: '儿子三个月没有给赡养费，老人想问怎么办',
        },
        clientKey: key(),
      }),
    );
    const made = dataOf<{ linked: { kind: string; id: string } }>(
      await app.call(m.openid, 'visit', 'screenedToCase', {
        recordId: screening.id,
        to: 'consultation',
        clientKey: key(),
      }),
    );
    expect(made.linked.kind).toBe('consultation');
    expect(await stored(app, 'consultations', made.linked.id)).toMatchObject({
      fromVisitRecordId: screening.id,
      residentId: m.id,
      disputeType: '婚姻家庭',
    });
    expect((await stored(app, 'visit_records', screening.id)).linked).toEqual({
      kind: 'consultation',
      id: made.linked.id,
    });
  });
});

describe('the hourly timer', () => {
  it('closes a visit left open on an earlier Beijing day, marked, and a late sign-out still lands', async () => {
    const m = await createMember(app, ['area-dongshan']);
    const yesterday = Date.now() - DAY - 3_600_000;
    const visit = await checkIn(app, m, 'area-dongshan', at(3, 25), { clientAt: yesterday });
    const today = await createMember(app, ['area-dongshan']);
    const fresh = await checkIn(app, today, 'area-dongshan', at(3, 25));

    const run = await app.devcloud.triggers.runNow('visit', 'hourly');
    expect(run.ok).toBe(true);
    const closed = await stored(app, 'visits', visit.id);
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'day_end' });
    const endOfDay = Number(closed.closedAt);
    expect(new Date(endOfDay + 8 * 3_600_000).toISOString()).toMatch(/T23:59:59\.999Z$/);
    expect((await stored(app, 'visits', fresh.id)).status).toBe('open');
    // The member can check in again; the sign-out they made offline yesterday still arrives.
    const late = dataOf<Visit>(
      await app.call(m.openid, 'visit', 'checkOut', {
        visitId: visit.id,
        ...stampAt(app, m, at(3, 25), { clientAt: yesterday + 3_600_000 }),
      }),
    );
    expect(late).toMatchObject({ closedBy: 'member', checkOut: { late: true } });
  });

  it('purges precise points and photos once the month is reviewed and the keep time passed', async () => {
    const m = await createMember(app, ['area-dongshan']);
    const visit = await checkIn(app, m, 'area-dongshan', at(3, 25));
    await sdk(
      app.db
        .collection('visits')
        .doc(visit.id)
        .update({ data: { 'period.month': '2025-01' } }),
    );
    const before = await stored(app, 'visits', visit.id);
    const photo = (before.checkIn as { photoFileId: string }).photoFileId;
    expect(await app.devcloud.triggers.runNow('visit', 'hourly')).toMatchObject({ ok: true });
    const after = await stored(app, 'visits', visit.id);
    const stamp = after.checkIn as Record<string, unknown> & { point: { lng: number } };
    expect(after.locationPurgedAt).toEqual(expect.any(Number));
    expect(stamp.photoFileId).toBeUndefined();
    expect(stamp.point.lng).toBe(Math.round(stamp.point.lng * 100) / 100);
    expect(stamp.risk).toEqual(visit.checkIn.risk);
    expect(app.devcloud.storage.readFile(photo)).toBeNull();
  });
});
