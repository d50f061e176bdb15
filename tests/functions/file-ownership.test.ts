import { uploadFolderOf } from '@contracts/uploads';
import { type AppCloud, codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, key, startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent } from '../helpers/legal-aid';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();

/**
 * An attacker tries every file id they could get hold of or make up, in every action that takes one. Each
 * must be refused (BAD_REQUEST naming the field) with nothing written; the attacker's own upload passes.
 */
async function count(collection: string, where: Record<string, unknown>): Promise<number> {
  const res = await sdk(app.db.collection(collection).where(where).count());
  return (res as { total: number }).total;
}

interface Cast {
  attacker: { openid: string; id: string };
  victim: { openid: string; id: string };
  /** Every file id the attacker must not be able to attach, by what it is. */
  foreign: Array<[string, string]>;
}

/** The victim's legal-aid ID photo and chat photo, and the other ids an attacker could try. */
function cast(
  cloud: AppCloud,
  attacker: { openid: string; id: string },
  victim: { openid: string; id: string },
  own: 'chat' | 'legal-aid' | 'notice-cover',
): Cast {
  const env = uploadAs(cloud, victim.id, 'legal-aid', `id-${key()}.jpg`);
  const bucket = env.slice(0, env.indexOf('uploads/'));
  const otherPurpose = own === 'chat' ? 'legal-aid' : 'chat';
  const transcript = cloud.devcloud.storage.saveUpload(`transcripts/c1/${key()}.html`, Buffer.from('<p>'));
  return {
    attacker,
    victim,
    foreign: [
      ['the victim’s legal-aid ID photo', env],
      ['the victim’s chat photo', uploadAs(cloud, victim.id, 'chat')],
      ['the victim’s notice cover', uploadAs(cloud, victim.id, 'notice-cover')],
      ['a server-made transcript', transcript],
      ['the attacker’s own file kept for another purpose', uploadAs(cloud, attacker.id, otherPurpose)],
      ['a made-up file in the attacker’s folder', `${bucket}${uploadFolderOf(attacker.id, own)}none.jpg`],
      [
        'a path that climbs into the victim’s folder',
        `${bucket}${uploadFolderOf(attacker.id, own)}../../${victim.id}/legal-aid/${env.split('/').pop()}`,
      ],
      ['the same path in another environment', env.replace('cloud://local.', 'cloud://prod.')],
      [
        'the old shared chat folder',
        cloud.devcloud.storage.saveUpload(`chat/${key()}.jpg`, Buffer.from('x')),
      ],
      [
        'the old legal-aid folder',
        cloud.devcloud.storage.saveUpload(`legal-aid/${attacker.id}/${key()}.jpg`, Buffer.from('x')),
      ],
    ],
  };
}

function expectRefused(res: Awaited<ReturnType<AppCloud['call']>>, field: string, what: string): void {
  expect([what, codeOf(res)]).toEqual([what, 'BAD_REQUEST']);
  expect([what, res.ok ? {} : res.error.fields]).toEqual([what, { [field]: '请重新上传这张照片' }]);
}

describe('message.send photo', () => {
  it('refuses every file id but the sender’s own chat upload, storing no message', async () => {
    const m = await createMediator(app);
    const attacker = await app.createUser('resident');
    const victim = await app.createUser('resident');
    const c = await startConsultation(app, attacker.openid, { mediatorId: m.mediatorId });
    const { foreign } = cast(app, attacker, victim, 'chat');
    const before = await count('messages', { consultationId: c.id });
    for (const [what, fileID] of foreign) {
      const res = await app.call(attacker.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        photo: { fileID, size: 1000 },
      });
      expectRefused(res, 'photo.fileID', what);
    }
    expect(await count('messages', { consultationId: c.id })).toBe(before);
    const own = await app.call(attacker.openid, 'message', 'send', {
      consultationId: c.id,
      clientMsgId: key(),
      photo: { fileID: uploadAs(app, attacker.id, 'chat'), size: 1000 },
    });
    expect(JSON.stringify(dataOf(own))).not.toContain('cloud://');
  });

  it('refuses a mediator’s foreign file the same way', async () => {
    const m = await createMediator(app);
    const resident = await app.createUser('resident');
    const c = await startConsultation(app, resident.openid, { mediatorId: m.mediatorId });
    const res = await app.call(m.openid, 'message', 'send', {
      consultationId: c.id,
      clientMsgId: key(),
      photo: { fileID: uploadAs(app, resident.id, 'chat'), size: 1000 },
    });
    expectRefused(res, 'photo.fileID', 'the resident’s photo sent by the mediator');
  });
});

describe('consultation.start photos', () => {
  it('refuses a foreign file in any position, opening no consultation at all', async () => {
    const attacker = await app.createUser('resident');
    const victim = await app.createUser('resident');
    const { foreign } = cast(app, attacker, victim, 'chat');
    for (const [what, fileID] of foreign) {
      const res = await app.call(attacker.openid, 'consultation', 'start', {
        disputeType: '邻里',
        description: '隔壁的排水沟堵了，水流到我家院子里',
        clientKey: key(),
        photos: [
          { fileID: uploadAs(app, attacker.id, 'chat'), size: 10 },
          { fileID, size: 10 },
        ],
      });
      expectRefused(res, 'photos.1.fileID', what);
    }
    expect(await count('consultations', { residentOpenid: attacker.openid })).toBe(0);
    const ok = dataOf(
      await app.call(attacker.openid, 'consultation', 'start', {
        disputeType: '邻里',
        description: '隔壁的排水沟堵了，水流到我家院子里',
        clientKey: key(),
        photos: [{ fileID: uploadAs(app, attacker.id, 'chat'), size: 10 }],
      }),
    );
    expect(JSON.stringify(ok)).not.toContain('cloud://');
  });
});

describe('legal-aid photos', () => {
  it('saveDraft refuses foreign photos and keeps the draft as it was', async () => {
    const attacker = await app.createUser('resident');
    const victim = await app.createUser('resident');
    const { foreign } = cast(app, attacker, victim, 'legal-aid');
    for (const [what, fileID] of foreign) {
      const res = await app.call(attacker.openid, 'legalaid', 'saveDraft', {
        form: { attachments: [{ kind: 'id', fileID }] },
        step: 3,
      });
      expectRefused(res, 'form.attachments.0', what);
    }
    expect(await count('legal_aid_drafts', { _id: attacker.id })).toBe(0);
  });

  it('submit refuses foreign photos and files no application', async () => {
    const attacker = await app.createUser('resident');
    const victim = await app.createUser('resident');
    const { foreign } = cast(app, attacker, victim, 'legal-aid');
    for (const [what, fileID] of foreign) {
      const form = completeForm(app, attacker.id);
      form.attachments.push({ kind: 'hardship', fileID });
      const res = await app.call(attacker.openid, 'legalaid', 'submit', { form, consent });
      expectRefused(res, 'form.attachments.1', what);
    }
    expect(await count('legal_aid_applications', { applicantId: attacker.id })).toBe(0);
  });

  it('addMaterial refuses foreign photos and leaves the application waiting for material', async () => {
    const attacker = await app.createUser('resident');
    const victim = await app.createUser('resident');
    const officer = await app.createUser('legal_aid_officer');
    const { id } = dataOf<{ id: string }>(
      await app.call(attacker.openid, 'legalaid', 'submit', {
        form: completeForm(app, attacker.id),
        consent,
      }),
    );
    dataOf(
      await app.call(officer.openid, 'legalaid', 'decide', {
        id,
        decision: 'request_material',
        reason: '请补拍工资欠条',
      }),
    );
    const before = await stored(app, 'legal_aid_applications', id);
    const { foreign } = cast(app, attacker, victim, 'legal-aid');
    for (const [what, fileID] of foreign) {
      const res = await app.call(attacker.openid, 'legalaid', 'addMaterial', {
        id,
        attachments: [{ kind: 'case', fileID }],
      });
      expectRefused(res, 'attachments.0', what);
    }
    expect(await stored(app, 'legal_aid_applications', id)).toEqual(before);
    const revealed = dataOf(await app.call(officer.openid, 'legalaid', 'get', { id, reveal: true }));
    expect(JSON.stringify(revealed)).not.toContain('cloud://');
  });
});

describe('notice covers', () => {
  it('take only the admin’s own upload; another admin’s cover is refused, nothing saved', async () => {
    const attacker = await app.createUser('admin');
    const colleague = await app.createUser('admin');
    const draft = { title: '停水通知', category: '通知公告', body: '明天上午停水。' };
    const { foreign } = cast(app, attacker, colleague, 'notice-cover');
    const existing = dataOf<{ id: string }>(await app.call(attacker.openid, 'notice', 'save', draft));
    const before = await stored(app, 'notices', existing.id);
    const notices = await count('notices', {});
    for (const [what, fileId] of foreign) {
      expectRefused(
        await app.call(attacker.openid, 'notice', 'save', { ...draft, cover: { fileId } }),
        'cover.fileId',
        what,
      );
      expectRefused(
        await app.call(attacker.openid, 'notice', 'save', { ...draft, id: existing.id, cover: { fileId } }),
        'cover.fileId',
        what,
      );
    }
    expect(await count('notices', {})).toBe(notices);
    expect(await stored(app, 'notices', existing.id)).toEqual(before);
    const saved = await app.call(attacker.openid, 'notice', 'save', {
      ...draft,
      id: existing.id,
      cover: { fileId: uploadAs(app, attacker.id, 'notice-cover') },
    });
    expect(dataOf<{ coverUrl?: string }>(saved).coverUrl).toMatch(/^http/);
    const list = await app.call(colleague.openid, 'notice', 'adminList', {});
    expect(JSON.stringify(dataOf(list))).not.toContain('cloud://');
  });
});

describe('generated documents', () => {
  it('answer a download URL, never the file id behind it', async () => {
    const m = await createMediator(app);
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    dataOf(await app.call(m.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'answered' }));
    const doc = dataOf(await app.call(r.openid, 'consultation', 'transcript', { consultationId: c.id }));
    expect(doc).not.toHaveProperty('fileID');
    expect(JSON.stringify(doc)).not.toContain('cloud://');
  });
});
