import type { CaseDetail } from '@contracts/case/models';
import { type AppCloud, codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { key, startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();

/**
 * Every payload field that names a record (consultation, case, application, notice, mediator, quick reply),
 * tried by a resident and by a mediator who have nothing to do with it. Each is refused, and the record
 * and everything hanging off it stay exactly as they were.
 */
type Who = { openid: string; id: string };
let victim: Who;
let attacker: Who;
let mediatorA: Awaited<ReturnType<typeof createMediator>>;
let mediatorB: Awaited<ReturnType<typeof createMediator>>;
let consultationId = '';
let caseId = '';
let applicationId = '';
let noticeId = '';
let quickReplyId = '';
let free: number[] = [];

async function count(collection: string, where: Record<string, unknown>): Promise<number> {
  return ((await sdk(app.db.collection(collection).where(where).count())) as { total: number }).total;
}

/** Everything an attack could change, read straight from the database. */
async function snapshot(cloud: AppCloud) {
  const read = (collection: string, id: string) => stored(cloud, collection, id);
  return {
    consultation: await read('consultations', consultationId),
    case: await read('cases', caseId),
    application: await read('legal_aid_applications', applicationId),
    notice: await read('notices', noticeId),
    quickReply: await read('quick_replies', quickReplyId),
    messages: await count('messages', { consultationId }),
    notes: await count('consultation_notes', { consultationId }),
    linkedCases: await count('cases', { fromConsultationId: consultationId }),
    availability: await count('availability', { _id: mediatorA.mediatorId }),
  };
}

beforeAll(async () => {
  mediatorA = await createMediator(app, '张桂兰', roundTheClock);
  mediatorB = await createMediator(app, '刘德明', roundTheClock);
  victim = await app.createUser('resident', { nickname: '李大爷', village: '东山村' });
  attacker = await app.createUser('resident', { nickname: '赵某', village: '西河村' });
  consultationId = (await startConsultation(app, victim.openid, { mediatorId: mediatorA.mediatorId })).id;
  dataOf(await app.call(mediatorA.openid, 'consultation', 'close', { consultationId, outcome: 'advice' }));
  free = starts(await slotDays(app, victim.openid, mediatorA.mediatorId));
  caseId = (await book(app, victim.openid, mediatorA.mediatorId, free[0] ?? 0)).id;
  applicationId = dataOf<{ id: string }>(
    await app.call(victim.openid, 'legalaid', 'submit', { form: completeForm(app, victim.id), consent }),
  ).id;
  const admin = await app.createUser('admin');
  noticeId = dataOf<{ id: string }>(
    await app.call(admin.openid, 'notice', 'save', {
      title: '草稿',
      category: '通知公告',
      body: '还没发布。',
    }),
  ).id;
  quickReplyId = dataOf<{ id: string }>(
    await app.call(mediatorA.openid, 'consultation', 'saveQuickReply', { text: '您好，请稍等。' }),
  ).id;
});

const reason = '临时有事来不了';

/** [function, action, payload] tried by the stranger resident; each answers NOT_FOUND. */
const residentTries = (): Array<[string, string, Record<string, unknown>]> => [
  ['booking', 'prefill', { consultationId }],
  ['booking', 'respond', { caseId, accept: true }],
  ['booking', 'reschedule', { caseId, startAt: free[3] }],
  ['booking', 'cancel', { caseId, reason }],
  ['case', 'get', { caseId }],
  ['case', 'agreement', { caseId }],
  ['case', 'invite', { caseId }],
  ['consultation', 'get', { consultationId }],
  ['consultation', 'rate', { consultationId, rating: 1 }],
  ['consultation', 'transcript', { consultationId }],
  ['message', 'send', { consultationId, clientMsgId: key(), text: '我也来说两句' }],
  ['message', 'history', { consultationId }],
  ['message', 'markRead', { consultationId }],
  ['legalaid', 'myApplication', { id: applicationId }],
  ['notice', 'get', { id: noticeId }],
];

/** The same for a mediator who is not on the case or consultation. */
const mediatorTries = (): Array<[string, string, Record<string, unknown>]> => [
  ['booking', 'confirm', { caseId }],
  ['booking', 'decline', { caseId, reason }],
  ['booking', 'propose', { caseId, startAt: free[4] }],
  ['booking', 'reschedule', { caseId, startAt: free[4] }],
  ['booking', 'cancel', { caseId, reason }],
  ['case', 'get', { caseId }],
  ['case', 'transition', { caseId, event: 'accept' }],
  ['case', 'invite', { caseId }],
  ['case', 'agreement', { caseId }],
  ['consultation', 'get', { consultationId }],
  ['consultation', 'close', { consultationId, outcome: 'case' }],
  ['consultation', 'saveNote', { consultationId, note: '偷看' }],
  ['consultation', 'transcript', { consultationId }],
  ['consultation', 'saveQuickReply', { id: quickReplyId, text: '改掉别人的常用语' }],
  ['consultation', 'deleteQuickReply', { id: quickReplyId }],
  ['message', 'send', { consultationId, clientMsgId: key(), text: '我是调解员' }],
  ['message', 'history', { consultationId }],
  ['message', 'markRead', { consultationId }],
];

describe('another person’s record named in a payload', () => {
  it('is NOT_FOUND for a stranger resident, and nothing changes', async () => {
    const before = await snapshot(app);
    for (const [fn, action, payload] of residentTries()) {
      const res = await app.call(attacker.openid, fn as 'case', action, payload);
      expect([fn, action, codeOf(res)]).toEqual([fn, action, 'NOT_FOUND']);
    }
    const addMaterial = await app.call(attacker.openid, 'legalaid', 'addMaterial', {
      id: applicationId,
      attachments: [{ kind: 'case', fileID: uploadAs(app, attacker.id, 'legal-aid') }],
    });
    expect(codeOf(addMaterial)).toBe('NOT_FOUND');
    expect(await snapshot(app)).toEqual(before);
  });

  it('is NOT_FOUND for a mediator not on it, and nothing changes', async () => {
    const before = await snapshot(app);
    for (const [fn, action, payload] of mediatorTries()) {
      const res = await app.call(mediatorB.openid, fn as 'case', action, payload);
      expect([fn, action, codeOf(res)]).toEqual([fn, action, 'NOT_FOUND']);
    }
    expect(await snapshot(app)).toEqual(before);
  });

  it('is FORBIDDEN when a mediator names a colleague’s hours', async () => {
    const before = await snapshot(app);
    const as = mediatorA.mediatorId;
    expect(codeOf(await app.call(mediatorB.openid, 'booking', 'availability', { mediatorId: as }))).toBe(
      'FORBIDDEN',
    );
    const set = await app.call(mediatorB.openid, 'booking', 'setAvailability', {
      ...roundTheClock,
      slotMinutes: 30,
      mediatorId: as,
    });
    expect(codeOf(set)).toBe('FORBIDDEN');
    expect(await snapshot(app)).toEqual(before);
    expect(await stored(app, 'availability', as)).toMatchObject({ slotMinutes: 60 });
  });

  it('is NOT_FOUND for an unknown or inactive mediator in a booking or a consultation', async () => {
    const before = await count('cases', { residentId: attacker.id });
    await sdk(
      app.db
        .collection('mediators')
        .doc(mediatorB.mediatorId)
        .update({ data: { active: false } }),
    );
    const tries = [
      ['booking', 'create', { mediatorId: mediatorB.mediatorId }],
      ['booking', 'create', { mediatorId: 'no-such-mediator' }],
    ] as const;
    for (const [fn, action, extra] of tries) {
      const res = await app.call(attacker.openid, fn, action, {
        disputeType: '邻里',
        description: '邻居家新砌的围墙占了我家门前的路，出入很不方便。',
        otherParty: { name: '王五', relation: '邻居', village: '西河村' },
        startAt: free[5],
        place: 'village_room',
        ...extra,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
    }
    const start = await app.call(attacker.openid, 'consultation', 'start', {
      disputeType: '邻里',
      description: '隔壁的排水沟堵了，水流到我家院子里',
      clientKey: key(),
      mediatorId: mediatorB.mediatorId,
    });
    expect(codeOf(start)).toBe('NOT_FOUND');
    expect(await count('cases', { residentId: attacker.id })).toBe(before);
    expect(await count('consultations', { residentOpenid: attacker.openid })).toBe(0);
    await sdk(
      app.db
        .collection('mediators')
        .doc(mediatorB.mediatorId)
        .update({ data: { active: true } }),
    );
  });
});

describe('booking.create fromConsultationId', () => {
  it('refuses someone else’s consultation: no case, and it still counts as prevented', async () => {
    const before = await snapshot(app);
    const res = await app.call(attacker.openid, 'booking', 'create', {
      disputeType: '邻里',
      description: '邻居家新砌的围墙占了我家门前的路，出入很不方便。',
      otherParty: { name: '王五', relation: '邻居', village: '西河村' },
      mediatorId: mediatorA.mediatorId,
      startAt: free[6],
      place: 'village_room',
      fromConsultationId: consultationId,
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(await count('cases', { residentId: attacker.id })).toBe(0);
    expect(await count('booking_slots', { startAt: free[6] })).toBe(0);
    expect(await snapshot(app)).toEqual(before);
  });

  it('links the resident’s own consultation', async () => {
    const own = await startConsultation(app, attacker.openid, { mediatorId: mediatorA.mediatorId });
    dataOf(
      await app.call(mediatorA.openid, 'consultation', 'close', { consultationId: own.id, outcome: 'case' }),
    );
    const made = dataOf<CaseDetail>(
      await app.call(attacker.openid, 'booking', 'create', {
        disputeType: '邻里',
        description: '邻居家新砌的围墙占了我家门前的路，出入很不方便。',
        otherParty: { name: '王五', relation: '邻居', village: '西河村' },
        mediatorId: mediatorA.mediatorId,
        startAt: free[7],
        place: 'village_room',
        fromConsultationId: own.id,
      }),
    );
    expect(await stored(app, 'cases', made.id)).toMatchObject({ fromConsultationId: own.id });
  });
});

describe('ids that name nothing', () => {
  it('are NOT_FOUND in every staff action, with nothing written', async () => {
    const admin = await app.createUser('admin');
    const officer = await app.createUser('legal_aid_officer');
    const none = 'no-such-record';
    const token = '0'.repeat(32);
    const open = await startConsultation(app, victim.openid, { mediatorId: mediatorA.mediatorId });
    const tries: Array<[Who | typeof mediatorA, string, string, Record<string, unknown>]> = [
      [admin, 'consultation', 'reassign', { consultationId: none, mediatorId: mediatorA.mediatorId }],
      [admin, 'consultation', 'reassign', { consultationId: open.id, mediatorId: none }],
      [admin, 'user', 'setRole', { userId: none, role: 'mediator' }],
      [admin, 'mediator', 'setActive', { id: none, active: false }],
      [admin, 'moderation', 'decide', { id: none, approve: true }],
      [admin, 'notice', 'publish', { id: none }],
      [admin, 'notice', 'withdraw', { id: none }],
      [admin, 'notice', 'save', { id: none, title: '改', category: '通知公告', body: '改。' }],
      [admin, 'booking', 'availability', { mediatorId: none }],
      [mediatorA, 'case', 'recordFollowUp', { followUpId: none, honoured: 'yes' }],
      [officer, 'legalaid', 'get', { id: none }],
      [officer, 'legalaid', 'decide', { id: none, decision: 'accept' }],
      [attacker, 'case', 'inviteInfo', { token }],
      [attacker, 'case', 'confirmAttendance', { token, attend: true }],
    ];
    const before = await snapshot(app);
    const audits = await count('audit_logs', {});
    for (const [who, fn, action, payload] of tries) {
      const res = await app.call(who.openid, fn as 'case', action, payload);
      expect([fn, action, codeOf(res)]).toEqual([fn, action, 'NOT_FOUND']);
    }
    expect(await snapshot(app)).toEqual(before);
    expect(await count('audit_logs', {})).toBe(audits);
  });
});
