import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

interface AdminView {
  id: string;
  name: string;
  active: boolean;
  capacity: number;
  specialties: string[];
  openConsultations: number;
  ratingAverage?: number;
  ratingCount: number;
  hours: string;
}

async function addConsultation(fields: Record<string, unknown>): Promise<string> {
  const res = await sdk(
    app.db.collection('consultations').add({
      data: { residentOpenid: 'r-1', disputeType: '邻里', status: 'open', createdAt: Date.now(), ...fields },
    }),
  );
  return (res as { _id: string })._id;
}

async function makeMediator(
  admin: string,
  nickname = '王调解',
): Promise<{ userId: string; openid: string; mediator: AdminView }> {
  const user = await app.createUser('resident', { nickname });
  dataOf(await app.call(admin, 'user', 'setRole', { userId: user.id, role: 'mediator' }));
  const { items } = dataOf<{ items: (AdminView & { userId: string })[] }>(
    await app.call(admin, 'mediator', 'adminList', {}),
  );
  const mediator = items.find((m) => m.userId === user.id);
  if (!mediator) throw new Error('no profile made');
  return { userId: user.id, openid: user.openid, mediator };
}

describe('managing mediators', () => {
  it('adds a signed-in user as a mediator, sets their profile, shows load and ratings', async () => {
    const admin = await app.createUser('admin');
    const { mediator } = await makeMediator(admin.openid);
    expect(mediator).toMatchObject({ name: '王调解', active: true, openConsultations: 0, ratingCount: 0 });

    const updated = dataOf<AdminView>(
      await app.call(admin.openid, 'mediator', 'update', {
        id: mediator.id,
        specialties: ['邻里', '婚姻家庭'],
        areas: ['东山村', '西岭村'],
        capacity: 3,
      }),
    );
    expect(updated).toMatchObject({ capacity: 3, specialties: ['邻里', '婚姻家庭'] });
    // Hours are not typed here: the card says the hours the booking slots come from.
    const card = dataOf<{ items: { name: string; hours: string }[] }>(
      await app.call('r', 'mediator', 'list', { disputeType: '婚姻家庭' }),
    ).items.find((m) => m.name === '王调解');
    expect(card?.hours).toBe('周一至周五 9:00-12:00、14:00-17:00');
    expect(updated.hours).toBe('周一至周五 9:00-12:00、14:00-17:00');

    await addConsultation({ mediatorId: mediator.id, status: 'open' });
    await addConsultation({ mediatorId: mediator.id, status: 'open' });
    await addConsultation({ mediatorId: mediator.id, status: 'closed', rating: 5 });
    await addConsultation({ mediatorId: mediator.id, status: 'closed', rating: 4 });
    await addConsultation({ mediatorId: mediator.id, status: 'closed' });
    const { items } = dataOf<{ items: AdminView[] }>(
      await app.call(admin.openid, 'mediator', 'adminList', {}),
    );
    expect(items.find((m) => m.id === mediator.id)).toMatchObject({
      openConsultations: 2,
      ratingAverage: 4.5,
      ratingCount: 2,
    });

    const audit = await sdk(app.db.collection('audit_logs').where({ targetId: mediator.id }).get());
    expect((audit as unknown as { data: { action: string; after: Record<string, unknown> }[] }).data).toEqual(
      [
        expect.objectContaining({
          action: 'mediator.update',
          after: {
            specialties: ['邻里', '婚姻家庭'],
            areas: ['东山村', '西岭村'],
            capacity: 3,
          },
        }),
      ],
    );
  });

  it('deactivates a mediator: off the roster, open consultations back in the queue', async () => {
    const admin = await app.createUser('admin');
    const { mediator, openid } = await makeMediator(admin.openid, '赵停用');
    const open = await addConsultation({ mediatorId: mediator.id, mediatorOpenid: openid, status: 'open' });
    await sdk(
      app.db.collection('messages').add({
        data: {
          consultationId: open,
          side: 'resident',
          status: 'sent',
          residentOpenid: 'r-1',
          mediatorOpenid: openid,
        },
      }),
    );
    const res = dataOf<{ mediator: AdminView; requeued: number; reassigned: number }>(
      await app.call(admin.openid, 'mediator', 'setActive', { id: mediator.id, active: false }),
    );
    expect(res).toMatchObject({
      requeued: 1,
      reassigned: 0,
      mediator: { active: false, openConsultations: 0 },
    });
    const c = await sdk(app.db.collection('consultations').doc(open).get());
    expect((c as unknown as { data: Record<string, unknown> }).data).toMatchObject({
      status: 'waiting',
      mediatorId: '',
    });
    const m = await sdk(app.db.collection('messages').where({ consultationId: open }).get());
    expect((m as unknown as { data: Record<string, string>[] }).data[0]).toMatchObject({
      residentOpenid: 'r-1',
      mediatorOpenid: '',
    });
    const roster = dataOf<{ items: { name: string }[] }>(await app.call('r', 'mediator', 'list', {})).items;
    expect(roster.map((x) => x.name)).not.toContain('赵停用');
    expect(
      dataOf<{ mediator: AdminView }>(
        await app.call(admin.openid, 'mediator', 'setActive', { id: mediator.id, active: true }),
      ).mediator.active,
    ).toBe(true);
  });

  it('hands a deactivated mediator’s consultations to an online colleague with room', async () => {
    const admin = await app.createUser('admin');
    const leaving = await makeMediator(admin.openid, '钱离岗');
    const colleague = await makeMediator(admin.openid, '孙接手');
    dataOf(
      await app.call(admin.openid, 'mediator', 'update', {
        id: colleague.mediator.id,
        specialties: ['劳动争议'],
        areas: ['青石村'],
        capacity: 5,
      }),
    );
    await sdk(
      app.db
        .collection('mediators')
        .doc(colleague.mediator.id)
        .update({ data: { online: true } }),
    );
    const open = await addConsultation({
      mediatorId: leaving.mediator.id,
      mediatorOpenid: leaving.openid,
      disputeType: '劳动争议',
      residentOpenid: 'r-9',
    });
    const res = dataOf<{ requeued: number; reassigned: number }>(
      await app.call(admin.openid, 'mediator', 'setActive', { id: leaving.mediator.id, active: false }),
    );
    expect(res).toMatchObject({ requeued: 0, reassigned: 1 });
    const c = await sdk(app.db.collection('consultations').doc(open).get());
    expect((c as unknown as { data: Record<string, unknown> }).data).toMatchObject({
      status: 'open',
      mediatorId: colleague.mediator.id,
    });
    const audit = await sdk(app.db.collection('audit_logs').where({ targetId: leaving.mediator.id }).get());
    expect((audit as unknown as { data: { after: unknown }[] }).data[0]?.after).toEqual({
      active: false,
      requeued: 0,
      reassigned: 1,
    });
  });

  it('refuses everyone but admins', async () => {
    const admin = await app.createUser('admin');
    const { mediator, openid } = await makeMediator(admin.openid);
    const resident = await app.createUser('resident');
    for (const caller of [resident.openid, openid]) {
      expect(codeOf(await app.call(caller, 'mediator', 'adminList', {}))).toBe('FORBIDDEN');
      expect(
        codeOf(await app.call(caller, 'mediator', 'setActive', { id: mediator.id, active: false })),
      ).toBe('FORBIDDEN');
    }
    expect(
      codeOf(
        await app.call(admin.openid, 'mediator', 'update', {
          id: mediator.id,
          specialties: [],
          areas: [],
          capacity: 0,
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});
