import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';

const app = useAppCloud();

const ownConsultation = '调解员不能接待自己发起的咨询，请选择其他调解员';

function refusal(result: Awaited<ReturnType<typeof app.call>>): [string, string] {
  return result.ok ? ['OK', ''] : [result.error.code, result.error.message];
}

describe('nobody handles their own matter', () => {
  it('a resident made mediator never gets their own consultation: not from the queue, an admin or a handover', async () => {
    const admin = await app.createUser('admin');
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { disputeType: '山林土地' });
    expect(c.status).toBe('waiting');

    dataOf(await app.call(admin.openid, 'user', 'setRole', { userId: r.id, role: 'mediator' }));
    const profile = (await sdk(app.db.collection('mediators').where({ userId: r.id }).get())) as {
      data: { _id: string }[];
    };
    const own = profile.data[0]!._id;
    dataOf(
      await app.call(admin.openid, 'mediator', 'update', {
        id: own,
        specialties: ['山林土地'],
        areas: ['东山村'],
        capacity: 5,
      }),
    );
    // Online with room and the right specialty, yet the queue passes their own consultation by.
    expect(dataOf(await app.call(r.openid, 'consultation', 'setOnline', { online: true }))).toEqual({
      online: true,
      assigned: 0,
    });
    expect(await stored(app, 'consultations', c.id)).toMatchObject({ status: 'waiting', mediatorId: '' });
    expect(
      refusal(
        await app.call(admin.openid, 'consultation', 'reassign', { consultationId: c.id, mediatorId: own }),
      ),
    ).toEqual(['FORBIDDEN', ownConsultation]);

    // A colleague coming online takes it.
    const colleague = await createMediator(app, { specialties: ['山林土地'], online: false });
    expect(
      dataOf(await app.call(colleague.openid, 'consultation', 'setOnline', { online: true })),
    ).toMatchObject({
      assigned: 1,
    });
    expect(await stored(app, 'consultations', c.id)).toMatchObject({ mediatorId: colleague.mediatorId });

    // The colleague is deactivated: the handover skips the resident's own profile, so it waits in the queue.
    expect(
      dataOf(
        await app.call(admin.openid, 'mediator', 'setActive', { id: colleague.mediatorId, active: false }),
      ),
    ).toMatchObject({ requeued: 1, reassigned: 0 });
    expect(await stored(app, 'consultations', c.id)).toMatchObject({ status: 'waiting', mediatorId: '' });
    const next = await createMediator(app, { specialties: ['山林土地'], online: false });
    dataOf(await app.call(next.openid, 'consultation', 'setOnline', { online: true }));
    expect(await stored(app, 'consultations', c.id)).toMatchObject({
      status: 'open',
      mediatorId: next.mediatorId,
    });
  });

  it('refuses choosing oneself as mediator and routes automatic picks to a colleague', async () => {
    const admin = await app.createUser('admin');
    // A resident whose mediator profile was left active (as an older version allowed).
    const x = await app.createUser('resident');
    const res = await sdk(
      app.db.collection('mediators').add({
        data: {
          userId: x.id,
          openid: x.openid,
          name: '自己',
          specialties: ['劳动争议'],
          areas: ['东山村'],
          online: true,
          capacity: 5,
          active: true,
          createdAt: Date.now() - 86_400_000,
        },
      }),
    );
    const own = (res as { _id: string })._id;
    const colleague = await createMediator(app, { specialties: ['劳动争议'], name: '同事' });

    expect(
      refusal(
        await app.call(x.openid, 'consultation', 'start', {
          disputeType: '劳动争议',
          description: '工地拖欠了我三个月的工资，老板一直不给',
          clientKey: 'own-choice-1',
          mediatorId: own,
        }),
      ),
    ).toEqual(['FORBIDDEN', ownConsultation]);
    const auto = await startConsultation(app, x.openid, { disputeType: '劳动争议' });
    expect(auto.mediator?.id).toBe(colleague.mediatorId);

    expect(
      refusal(
        await app.call(x.openid, 'booking', 'create', {
          disputeType: '劳动争议',
          description: '工地拖欠了我三个月的工资，老板一直不给，想请调解员帮忙。',
          otherParty: { name: '王老板', relation: '雇主', village: '东山村' },
          mediatorId: own,
          startAt: Date.now() + 86_400_000,
          place: 'village_room',
        }),
      ),
    ).toEqual(['FORBIDDEN', '调解员不能办理自己申请的案件，请选择其他调解员']);
    const picked = dataOf<{ mediator: { id: string } }>(
      await app.call(x.openid, 'booking', 'slots', { disputeType: '劳动争议', village: '东山村' }),
    );
    expect(picked.mediator.id).not.toBe(own);

    // Reactivating a profile needs the mediator role now.
    dataOf(await app.call(admin.openid, 'mediator', 'setActive', { id: own, active: false }));
    expect(codeOf(await app.call(admin.openid, 'mediator', 'setActive', { id: own, active: true }))).toBe(
      'CONFLICT',
    );
    expect(await stored(app, 'mediators', own)).toMatchObject({ active: false });
  });

  it('a legal-aid officer can neither open unmasked nor decide their own application; a colleague can', async () => {
    const officer = await app.createUser('legal_aid_officer');
    const colleague = await app.createUser('legal_aid_officer');
    const mine = dataOf<{ id: string }>(
      await app.call(officer.openid, 'legalaid', 'submit', { form: completeForm(app, officer.id), consent }),
    );
    const reason = '不能审查自己提交的法律援助申请，请由其他工作人员审查';
    expect(refusal(await app.call(officer.openid, 'legalaid', 'get', { id: mine.id, reveal: true }))).toEqual(
      ['FORBIDDEN', reason],
    );
    expect(
      refusal(await app.call(officer.openid, 'legalaid', 'decide', { id: mine.id, decision: 'accept' })),
    ).toEqual(['FORBIDDEN', reason]);
    expect(await stored(app, 'legal_aid_applications', mine.id)).toMatchObject({ status: 'submitted' });
    expect((await stored(app, 'legal_aid_applications', mine.id)).reviewerId).toBeUndefined();
    const decided = await app.call(colleague.openid, 'legalaid', 'decide', {
      id: mine.id,
      decision: 'accept',
    });
    expect(dataOf(decided)).toMatchObject({ status: 'accepted' });
  });
});
