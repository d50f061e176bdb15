import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent, sampleIdNumber, uploadPhoto } from '../helpers/legal-aid';

const app = useAppCloud();
beforeAll(() => plantAreas(app));

async function rawDocs(collection: string, where: Record<string, unknown>) {
  const res = await sdk(app.db.collection(collection).where(where).get());
  return (res as { data: Record<string, unknown>[] }).data;
}

describe('legalaid drafts', () => {
  it('prefills a new draft from the profile, then saves and resumes it sealed', async () => {
    const me = await app.createUser('resident', { village: '东山村', areaId: 'area-dongshan' });
    await app.call(me.openid, 'user', 'updateProfile', {
      nickname: '李大爷',
      phone: '13912345678',
      areaId: 'area-dongshan',
    });
    const fresh = dataOf<{ form: Record<string, unknown>; step: number }>(
      await app.call(me.openid, 'legalaid', 'getDraft', {}),
    );
    expect(fresh).toMatchObject({ step: 0, form: { phone: '13912345678', address: '东山村' } });

    const half = { name: '李大明', idNumber: '3201021950', matter: 'labour', income: { wages: 800 } };
    dataOf(await app.call(me.openid, 'legalaid', 'saveDraft', { form: half, step: 4 }));
    const resumed = dataOf<{ form: Record<string, unknown>; step: number; savedAt: number }>(
      await app.call(me.openid, 'legalaid', 'getDraft', {}),
    );
    expect(resumed).toMatchObject({ step: 4, form: half });
    const [stored] = await rawDocs('legal_aid_drafts', { _id: me.id });
    expect(JSON.stringify(stored)).not.toContain('3201021950');
    expect(JSON.stringify(stored)).not.toContain('李大明');
  });

  it('keeps drafts apart: another resident gets their own, not mine', async () => {
    const a = await app.createUser('resident');
    const b = await app.createUser('resident');
    await app.call(a.openid, 'legalaid', 'saveDraft', { form: { name: '甲某' }, step: 2 });
    const other = dataOf<{ form: Record<string, unknown> }>(
      await app.call(b.openid, 'legalaid', 'getDraft', {}),
    );
    expect(other.form.name).toBeUndefined();
  });

  it('refuses a photo from someone else’s upload folder', async () => {
    const a = await app.createUser('resident');
    const b = await app.createUser('resident');
    const fileID = uploadPhoto(app, a.id, 'a-id');
    const res = await app.call(b.openid, 'legalaid', 'saveDraft', {
      form: { attachments: [{ kind: 'id', fileID }] },
      step: 1,
    });
    expect(codeOf(res)).toBe('BAD_REQUEST');
  });
});

describe('legalaid.submit', () => {
  it('refuses without the separate consent, and with consent not given', async () => {
    const me = await app.createUser('resident');
    const form = completeForm(app, me.id);
    const none = await app.call(me.openid, 'legalaid', 'submit', { form });
    expect(none.ok ? {} : none.error.fields).toMatchObject({ consent: expect.stringContaining('同意') });
    const declined = await app.call(me.openid, 'legalaid', 'submit', {
      form,
      consent: { ...consent, agreed: false },
    });
    expect(codeOf(declined)).toBe('BAD_REQUEST');
    const stale = await app.call(me.openid, 'legalaid', 'submit', {
      form,
      consent: { ...consent, version: 'old' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await rawDocs('legal_aid_applications', { applicantId: me.id })).toHaveLength(0);
  });

  it('lists every missing or wrong field', async () => {
    const me = await app.createUser('resident');
    const { name: _n, otherParty: _o, ...partial } = completeForm(app, me.id);
    const res = await app.call(me.openid, 'legalaid', 'submit', {
      form: { ...partial, idNumber: '320102195001011230', phone: '123' },
      consent,
    });
    expect(res.ok ? {} : res.error.fields).toMatchObject({
      'form.name': '请填写姓名',
      'form.otherParty': '请填写对方姓名或单位',
      'form.idNumber': '身份证号不对，请核对18位号码',
      'form.phone': '请输入11位手机号',
    });
  });

  it('needs an ID photo, and a pledge or hardship proof unless exempt', async () => {
    const me = await app.createUser('resident');
    const res = await app.call(me.openid, 'legalaid', 'submit', {
      form: completeForm(app, me.id, { attachments: [], hardshipPledge: false }),
      consent,
    });
    expect(res.ok ? {} : res.error.fields).toEqual({
      'form.attachments': '请拍一张身份证照片',
      'form.hardshipPledge': '请签经济困难承诺，或拍下困难证明',
    });
    const exempt = completeForm(app, me.id, { groups: ['assistance_recipient'], hardshipPledge: false });
    expect(codeOf(await app.call(me.openid, 'legalaid', 'submit', { form: exempt, consent }))).toBe('OK');
  });

  it('asks the pledge exactly when the means-test rule does: never from a migrant worker claiming wages', async () => {
    const me = await app.createUser('resident');
    const { hardshipPledge: _, ...unpledged } = completeForm(app, me.id);
    const wages = { ...unpledged, matter: 'labour' as const, groups: ['migrant_worker' as const] };
    expect(codeOf(await app.call(me.openid, 'legalaid', 'submit', { form: wages, consent }))).toBe('OK');
    // The same worker claiming support is not exempt (Art. 42(3)), so the pledge question applies.
    const support = { ...wages, matter: 'support' as const };
    const res = await app.call(me.openid, 'legalaid', 'submit', { form: support, consent });
    expect(res.ok ? {} : res.error.fields).toEqual({ 'form.hardshipPledge': '请选择是否签经济困难承诺' });
  });

  it('numbers the application, records the consent, seals the personal data and clears the draft', async () => {
    const me = await app.createUser('resident', { village: '东山村', areaId: 'area-dongshan' });
    await app.call(me.openid, 'legalaid', 'saveDraft', { form: { name: '李大明' }, step: 3 });
    const made = dataOf<{ id: string; number: string; status: string }>(
      await app.call(me.openid, 'legalaid', 'submit', { form: completeForm(app, me.id), consent }),
    );
    expect(made.number).toMatch(/^法援-\d{4}-\d{4}$/);
    expect(made.status).toBe('submitted');
    const [stored] = await rawDocs('legal_aid_applications', { _id: made.id });
    const raw = JSON.stringify(stored);
    for (const secret of [sampleIdNumber, '13812345678', '李大明', '东山村三组12号', '残疾', '拖欠工资']) {
      expect(raw).not.toContain(secret);
    }
    expect(stored).toMatchObject({
      idMasked: `3201**********${sampleIdNumber.slice(-4)}`,
      area: { villageId: 'area-dongshan' },
      areaName: '东山村',
    });
    expect(stored?.consent).toMatchObject({ version: consent.version, retentionDays: expect.any(Number) });
    expect(String(stored?.personalEnc)).toMatch(/^v1:/);
    expect(await rawDocs('legal_aid_drafts', { _id: me.id })).toHaveLength(0);

    const mine = dataOf<{ items: Record<string, unknown>[] }>(
      await app.call(me.openid, 'legalaid', 'mine', {}),
    );
    expect(mine.items).toHaveLength(1);
    expect(JSON.stringify(mine.items)).not.toMatch(/3201|138|李/);
    const detail = dataOf<{
      masked: boolean;
      applicant: { idNumber: string };
      attachments: { url: string }[];
    }>(await app.call(me.openid, 'legalaid', 'myApplication', { id: made.id }));
    expect(detail.masked).toBe(false);
    expect(detail.applicant.idNumber).toBe(sampleIdNumber);
    expect(detail.attachments[0]?.url).toMatch(/^http/);
  });
});
