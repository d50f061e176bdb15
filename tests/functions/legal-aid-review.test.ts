import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import { plantAreas } from '../helpers/areas';
import { sdk } from '../helpers/devcloud';
import { completeForm, consent, sampleIdNumber, uploadPhoto } from '../helpers/legal-aid';

const app = useAppCloud();
beforeAll(() => plantAreas(app));
const DAY = 24 * 3600_000;

async function rawDocs(collection: string, where: Record<string, unknown>) {
  const res = await sdk(app.db.collection(collection).where(where).get());
  return (res as { data: Record<string, unknown>[] }).data;
}

async function applyAs() {
  const resident = await app.createUser('resident', { village: '东山村', areaId: 'area-dongshan' });
  const made = dataOf<{ id: string; number: string }>(
    await app.call(resident.openid, 'legalaid', 'submit', { form: completeForm(app, resident.id), consent }),
  );
  return { resident, id: made.id, number: made.number };
}

const plain = /李大明|13812345678|东山村三组|残疾/;

describe('legalaid review: who sees what', () => {
  it('refuses the wrong callers', async () => {
    const { id } = await applyAs();
    const other = await app.createUser('resident');
    const mediator = await app.createUser('mediator');
    expect(codeOf(await app.call(other.openid, 'legalaid', 'myApplication', { id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(mediator.openid, 'legalaid', 'myApplication', { id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await app.call(other.openid, 'legalaid', 'addMaterial', {
          id,
          attachments: [{ kind: 'case', fileID: uploadPhoto(app, other.id, 'x') }],
        }),
      ),
    ).toBe('NOT_FOUND');
    for (const who of [other, mediator]) {
      expect(codeOf(await app.call(who.openid, 'legalaid', 'queue', {}))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(who.openid, 'legalaid', 'get', { id, reveal: true }))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(who.openid, 'legalaid', 'decide', { id, decision: 'accept' }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(JSON.stringify(dataOf(await app.call(other.openid, 'legalaid', 'mine', {})))).not.toMatch(plain);
  });

  it('masks the queue and a plain open; reveal makes the reviewer, logs it, and other officers stay masked', async () => {
    const { id } = await applyAs();
    const officer = await app.createUser('legal_aid_officer');
    const colleague = await app.createUser('legal_aid_officer');
    const queue = dataOf<{ items: Array<Record<string, unknown>> }>(
      await app.call(officer.openid, 'legalaid', 'queue', {}),
    );
    const item = queue.items.find((i) => i.id === id);
    expect(item).toMatchObject({
      nameMasked: '李**',
      idMasked: `3201**********${sampleIdNumber.slice(-4)}`,
      reviewer: 'none',
    });
    expect(JSON.stringify(queue)).not.toMatch(plain);
    expect(JSON.stringify(queue)).not.toContain(sampleIdNumber);

    const masked = dataOf<Record<string, unknown>>(await app.call(officer.openid, 'legalaid', 'get', { id }));
    expect(masked).toMatchObject({ masked: true, attachments: [] });
    expect(JSON.stringify(masked)).not.toMatch(plain);
    expect(JSON.stringify(masked)).not.toContain(sampleIdNumber);
    expect(await rawDocs('legal_aid_access_logs', { applicationId: id })).toHaveLength(0);

    const full = dataOf<{
      masked: boolean;
      applicant: Record<string, unknown>;
      attachments: unknown[];
      reviewer: string;
    }>(await app.call(officer.openid, 'legalaid', 'get', { id, reveal: true }));
    expect(full).toMatchObject({
      masked: false,
      reviewer: 'mine',
      applicant: { idNumber: sampleIdNumber, specialNote: '右腿残疾，有残疾证' },
    });
    expect(full.attachments).toHaveLength(1);
    await app.call(officer.openid, 'legalaid', 'get', { id, reveal: true });
    const logs = await rawDocs('legal_aid_access_logs', { applicationId: id });
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ officerId: officer.id, purpose: 'review', at: expect.any(Number) });

    expect(codeOf(await app.call(colleague.openid, 'legalaid', 'get', { id, reveal: true }))).toBe(
      'FORBIDDEN',
    );
    const theirs = dataOf<Record<string, unknown>>(
      await app.call(colleague.openid, 'legalaid', 'get', { id }),
    );
    expect(theirs).toMatchObject({ masked: true, reviewer: 'other' });
    expect(JSON.stringify(theirs)).not.toContain(sampleIdNumber);
    expect(codeOf(await app.call(colleague.openid, 'legalaid', 'decide', { id, decision: 'accept' }))).toBe(
      'FORBIDDEN',
    );
    expect(await rawDocs('legal_aid_access_logs', { applicationId: id })).toHaveLength(2);
  });
});

describe('legalaid decisions', () => {
  it('asks for material, takes it, accepts, and tells the applicant each time with the reason', async () => {
    const { resident, id } = await applyAs();
    const officer = await app.createUser('legal_aid_officer');
    app.devcloud.openapi.grantSubscription(resident.openid, testTemplateIds.legalAidResult, 1);
    const noReason = await app.call(officer.openid, 'legalaid', 'decide', {
      id,
      decision: 'request_material',
    });
    expect(noReason.ok ? {} : noReason.error.fields).toHaveProperty('reason');
    const asked = dataOf<Record<string, unknown>>(
      await app.call(officer.openid, 'legalaid', 'decide', {
        id,
        decision: 'request_material',
        reason: '请补拍工资欠条',
      }),
    );
    expect(asked).toMatchObject({ status: 'need_material', masked: true });
    expect(JSON.stringify(asked)).not.toMatch(plain);
    const mine = dataOf<{ items: Array<{ status: string; reason: string }> }>(
      await app.call(resident.openid, 'legalaid', 'mine', {}),
    );
    expect(mine.items[0]).toMatchObject({ status: 'need_material', reason: '请补拍工资欠条' });
    const [sent] = app.devcloud.openapi.outbox(resident.openid);
    expect(sent?.data).toMatchObject({ phrase2: { value: '补充材料' }, thing3: { value: '请补拍工资欠条' } });

    const fileID = uploadPhoto(app, resident.id, 'iou');
    dataOf(
      await app.call(resident.openid, 'legalaid', 'addMaterial', {
        id,
        attachments: [{ kind: 'case', fileID }],
        note: '欠条',
      }),
    );
    expect(
      codeOf(
        await app.call(resident.openid, 'legalaid', 'addMaterial', {
          id,
          attachments: [{ kind: 'case', fileID }],
        }),
      ),
    ).toBe('CONFLICT');

    // No credit left: the decision still stands (43101 is not a failure).
    dataOf(await app.call(officer.openid, 'legalaid', 'decide', { id, decision: 'accept' }));
    expect(
      codeOf(
        await app.call(officer.openid, 'legalaid', 'decide', { id, decision: 'refuse', reason: '改主意了' }),
      ),
    ).toBe('CONFLICT');
    const detail = dataOf<{ status: string; timeline: Array<{ kind: string }>; attachments: unknown[] }>(
      await app.call(resident.openid, 'legalaid', 'myApplication', { id }),
    );
    expect(detail.status).toBe('accepted');
    expect(detail.timeline.map((t) => t.kind)).toEqual([
      'submitted',
      'need_material',
      'material_added',
      'accepted',
    ]);
    expect(detail.attachments).toHaveLength(2);
  });

  it('refuses only with a reason, which the applicant sees', async () => {
    const { resident, id } = await applyAs();
    const officer = await app.createUser('legal_aid_officer');
    expect(
      codeOf(await app.call(officer.openid, 'legalaid', 'decide', { id, decision: 'refuse', reason: '' })),
    ).toBe('BAD_REQUEST');
    dataOf(
      await app.call(officer.openid, 'legalaid', 'decide', {
        id,
        decision: 'refuse',
        reason: '收入高于当地标准',
      }),
    );
    const mine = dataOf<{ items: Array<{ status: string; reason: string }> }>(
      await app.call(resident.openid, 'legalaid', 'mine', {}),
    );
    expect(mine.items[0]).toMatchObject({ status: 'refused', reason: '收入高于当地标准' });
  });
});

describe('legalaid purge (timer trigger)', () => {
  it('purges personal data and photos of applications closed past retention, keeping the statistics', async () => {
    const old = await applyAs();
    const recent = await applyAs();
    const officer = await app.createUser('legal_aid_officer');
    for (const a of [old, recent])
      await app.call(officer.openid, 'legalaid', 'decide', { id: a.id, decision: 'accept' });
    const [before] = await rawDocs('legal_aid_applications', { _id: old.id });
    const photos = ((before?.attachments ?? []) as Array<{ fileID: string }>).map((a) => a.fileID);
    await sdk(
      app.db
        .collection('legal_aid_applications')
        .doc(old.id)
        .update({ data: { closedAt: Date.now() - 400 * DAY } }),
    );

    const run = await app.devcloud.triggers.runNow('legalaid', 'purge');
    expect(run.ok).toBe(true);
    const [after] = await rawDocs('legal_aid_applications', { _id: old.id });
    expect(after).toMatchObject({
      number: old.number,
      matter: 'labour',
      status: 'accepted',
      area: { villageId: 'area-dongshan' },
      areaName: '东山村',
      purgedAt: expect.any(Number),
    });
    for (const gone of [
      'personalEnc',
      'applicantId',
      'applicantOpenid',
      'nameMasked',
      'idMasked',
      'attachments',
    ]) {
      expect(after).not.toHaveProperty(gone);
    }
    expect(photos.every((f) => app.devcloud.storage.readFile(f) === null)).toBe(true);
    const [kept] = await rawDocs('legal_aid_applications', { _id: recent.id });
    expect(kept).toHaveProperty('personalEnc');
    expect(codeOf(await app.call(old.resident.openid, 'legalaid', 'myApplication', { id: old.id }))).toBe(
      'NOT_FOUND',
    );
    const view = dataOf<{ purged: boolean; applicant?: unknown }>(
      await app.call(officer.openid, 'legalaid', 'get', { id: old.id, reveal: true }),
    );
    expect(view).toMatchObject({ purged: true });
    expect(view.applicant).toBeUndefined();
  });

  it('does not let a user pass for the timer', async () => {
    const resident = await app.createUser('resident');
    const outcome = await app.devcloud.functions.invoker.invoke(
      'legalaid',
      { Type: 'Timer', TriggerName: 'purge' },
      { openid: resident.openid },
    );
    expect(outcome.ok && codeOf(outcome.result as never)).toBe('BAD_REQUEST');
  });
});
