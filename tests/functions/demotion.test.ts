import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator as bookable, roundTheClock, slotDays, starts } from '../helpers/booking';
import { createMediator, key, startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';

const app = useAppCloud();

/** Everything a mediator does on a consultation's mediator side, as the demoted one would try it. */
async function mediatorSideCodes(openid: string, consultationId: string): Promise<string[]> {
  const by = { consultationId };
  return [
    codeOf(await app.call(openid, 'consultation', 'get', by)),
    codeOf(await app.call(openid, 'message', 'history', by)),
    codeOf(await app.call(openid, 'message', 'send', { ...by, clientMsgId: key(), text: '我还在吗？' })),
    codeOf(await app.call(openid, 'message', 'markRead', by)),
    codeOf(await app.call(openid, 'consultation', 'transcript', by)),
    codeOf(await app.call(openid, 'consultation', 'saveNote', { ...by, note: '改一下备注' })),
    codeOf(await app.call(openid, 'consultation', 'close', { ...by, outcome: 'resolved' })),
    codeOf(await app.call(openid, 'consultation', 'inbox', { filter: 'mine' })),
  ];
}

const locked = [
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'NOT_FOUND',
  'FORBIDDEN',
  'FORBIDDEN',
  'FORBIDDEN',
];

async function setRole(admin: string, userId: string, role: string) {
  return dataOf(await app.call(admin, 'user', 'setRole', { userId, role }));
}

describe('a role taken away takes its access and its work with it', () => {
  it("hands a demoted mediator's open consultation to a colleague, note included, and locks them out", async () => {
    const admin = await app.createUser('admin');
    const m = await createMediator(app, { specialties: ['婚姻家庭'] });
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { disputeType: '婚姻家庭', mediatorId: m.mediatorId });
    expect(c.status).toBe('open');
    dataOf(
      await app.call(m.openid, 'consultation', 'saveNote', {
        consultationId: c.id,
        note: '家暴情况，需回访',
      }),
    );
    dataOf(
      await app.call(m.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        text: '您好，我在',
      }),
    );
    const colleague = await createMediator(app, { specialties: ['婚姻家庭'] });

    await setRole(admin.openid, m.userId, 'resident');
    expect(await mediatorSideCodes(m.openid, c.id)).toEqual(locked);
    expect(await stored(app, 'mediators', m.mediatorId)).toMatchObject({ active: false, online: false });
    expect(await stored(app, 'consultations', c.id)).toMatchObject({
      status: 'open',
      mediatorId: colleague.mediatorId,
      mediatorOpenid: colleague.openid,
    });
    const seen = dataOf<{ mySide: string; note?: string }>(
      await app.call(colleague.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(seen).toMatchObject({ mySide: 'mediator', note: '家暴情况，需回访' });
    // The old mediator's openid is off every message and its client-readable projection, so the read
    // rule gives them nothing either.
    for (const collection of ['messages', 'message_feed']) {
      const visible = await sdk(app.db.collection(collection).where({ consultationId: c.id }).get());
      const docs = (visible as unknown as { data: Record<string, unknown>[] }).data;
      expect(docs.length).toBeGreaterThan(0);
      for (const msg of docs) expect(JSON.stringify(msg)).not.toContain(m.openid);
    }
    const audits = await sdk(
      app.db.collection('audit_logs').where({ action: 'user.setRole', targetId: m.userId }).count(),
    );
    expect((audits as { total: number }).total).toBe(1);
  });

  it('sends the work back to the queue when no colleague can take it', async () => {
    const admin = await app.createUser('admin');
    const m = await createMediator(app, { specialties: ['其他'] });
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { disputeType: '其他', mediatorId: m.mediatorId });
    await setRole(admin.openid, m.userId, 'legal_aid_officer');
    expect(await stored(app, 'consultations', c.id)).toMatchObject({
      status: 'waiting',
      mediatorId: '',
      mediatorOpenid: '',
    });
    const waiting = dataOf<{ status: string; mediator: unknown }>(
      await app.call(r.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(waiting).toMatchObject({ status: 'waiting', mediator: null });
  });

  it('checks the role on every call, not the stored assignment', async () => {
    const m = await createMediator(app, { specialties: ['邻里'] });
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    // The role changed with no handover at all (a crash between the two writes): the assignment still names them.
    await sdk(
      app.db
        .collection('users')
        .doc(m.userId)
        .update({ data: { role: 'resident' } }),
    );
    expect(await stored(app, 'consultations', c.id)).toMatchObject({ mediatorOpenid: m.openid });
    expect(await mediatorSideCodes(m.openid, c.id)).toEqual(locked);
    await sdk(
      app.db
        .collection('users')
        .doc(m.userId)
        .update({ data: { role: 'mediator' } }),
    );
    expect(codeOf(await app.call(m.openid, 'consultation', 'get', { consultationId: c.id }))).toBe('OK');
  });

  it('a demoted mediator can no longer open or move their cases', async () => {
    const admin = await app.createUser('admin');
    const m = await bookable(app, '钱立新', roundTheClock);
    const r = await app.createUser('resident');
    const slot = starts(await slotDays(app, r.openid, m.mediatorId))[2]!;
    const made = await book(app, r.openid, m.mediatorId, slot);
    expect(codeOf(await app.call(m.openid, 'case', 'get', { caseId: made.id }))).toBe('OK');
    await setRole(admin.openid, m.userId, 'resident');
    expect(codeOf(await app.call(m.openid, 'case', 'get', { caseId: made.id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(m.openid, 'booking', 'confirm', { caseId: made.id }))).toBe('FORBIDDEN');
    expect(codeOf(await app.call(m.openid, 'case', 'invite', { caseId: made.id }))).toBe('NOT_FOUND');
  });

  it('an officer who leaves the role gives up the applications they were reviewing', async () => {
    const admin = await app.createUser('admin');
    const officer = await app.createUser('legal_aid_officer');
    const colleague = await app.createUser('legal_aid_officer');
    const r = await app.createUser('resident');
    const a = dataOf<{ id: string }>(
      await app.call(r.openid, 'legalaid', 'submit', { form: completeForm(app, r.id), consent }),
    );
    dataOf(await app.call(officer.openid, 'legalaid', 'get', { id: a.id, reveal: true }));
    expect(codeOf(await app.call(colleague.openid, 'legalaid', 'get', { id: a.id, reveal: true }))).toBe(
      'FORBIDDEN',
    );
    await setRole(admin.openid, officer.id, 'resident');
    expect(codeOf(await app.call(officer.openid, 'legalaid', 'get', { id: a.id, reveal: true }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.call(colleague.openid, 'legalaid', 'get', { id: a.id, reveal: true }))).toBe(
      'OK',
    );
  });
});
