import type { CaseDetail } from '@contracts/case/models';
import type { PartyCase, VerifyResult } from '@contracts/case/party';
import type { Signing } from '@contracts/case/signing';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { book, createMediator, roundTheClock, slotDays, starts } from '../helpers/booking';
import { sdk } from '../helpers/devcloud';
import { fetchBytes, readDocx } from '../helpers/docx';
import { agreedCase, pngOf, sha256, signAs, terms, uploadBytes } from '../helpers/signing';

const app = useAppCloud();

async function signedByBoth() {
  const s = await agreedCase(app);
  dataOf(await signAs(app, s.r, s.c.id, '李建国'));
  const both = dataOf<Signing>(await signAs(app, s.party, s.c.id, '王五'));
  return { ...s, both };
}

async function agreementFile(openid: string, caseId: string): Promise<Buffer> {
  const file = dataOf<{ url: string }>(await app.call(openid, 'case', 'agreement', { caseId }));
  return fetchBytes(file.url);
}

describe('the other party in the app', () => {
  it('registers through the invitation and sees only what concerns them', async () => {
    const { r, party, c, m } = await agreedCase(app);
    const seen = dataOf<PartyCase>(await app.call(party.openid, 'case', 'asParty', { caseId: c.id }));
    expect(seen).toMatchObject({ myName: '王五', residentName: '李大爷', attendance: 'attending' });
    expect(seen.mediator.name).toBe('张桂兰');
    expect(seen.booking.startAt).toBe(c.booking.startAt);
    // Nothing of the applicant's own: their account of the dispute, address, phone, their own steps.
    const text = JSON.stringify(seen);
    for (const secret of [c.description, '东山村三组12号', 'residentPhone', 'repeatOf'])
      expect(text).not.toContain(secret);
    expect(seen.timeline.map((e) => e.event)).not.toContain('submit');
    expect(seen.timeline.map((e) => e.event)).toEqual(
      expect.arrayContaining(['party_joined', 'start', 'succeed']),
    );
    // It is in their own list of cases, marked as theirs to follow as the other party.
    const list = dataOf<{ items: Array<{ id: string; asParty?: boolean }> }>(
      await app.call(party.openid, 'case', 'mine', {}),
    );
    expect(list.items).toEqual([expect.objectContaining({ id: c.id, asParty: true })]);
    expect(JSON.stringify(list)).not.toContain(c.description);
    // The full case stays with the applicant and staff.
    expect(codeOf(await app.call(party.openid, 'case', 'get', { caseId: c.id }))).toBe('NOT_FOUND');
    const stranger = await app.createUser('resident');
    expect(codeOf(await app.call(stranger.openid, 'case', 'asParty', { caseId: c.id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.call(r.openid, 'case', 'asParty', { caseId: c.id }))).toBe('NOT_FOUND');
    // The applicant and the mediator see the registered name and the phone masked; it is stored encrypted.
    const d = dataOf<CaseDetail>(await app.call(m.openid, 'case', 'get', { caseId: c.id }));
    expect(d.otherParty).toMatchObject({
      registeredName: '王五',
      phoneMasked: '139****5678',
      attendance: 'attending',
    });
    const stored = (await sdk(app.db.collection('cases').doc(c.id).get())) as unknown as {
      data: { party: { phoneEnc: string } };
    };
    expect(stored.data.party.phoneEnc).not.toContain('13912345678');
    expect(JSON.stringify(stored.data)).not.toContain('13912345678');
  });

  it('refuses the case’s own people, a second use of the card and a name that is not a name', async () => {
    const m = await createMediator(app, '刘德明', roundTheClock);
    const r = await app.createUser('resident', { nickname: '李大爷' });
    const c = await book(
      app,
      r.openid,
      m.mediatorId,
      starts(await slotDays(app, r.openid, m.mediatorId))[3]!,
    );
    const { token } = dataOf<{ token: string }>(await app.call(r.openid, 'case', 'invite', { caseId: c.id }));
    const join = (openid: string, realName = '王五') =>
      app.call(openid, 'case', 'join', { token, realName, phone: '13912345678', attend: true });
    expect(codeOf(await join(r.openid))).toBe('FORBIDDEN');
    const first = await app.createUser('resident');
    const res = await join(first.openid, 'Wang5');
    expect(res.ok ? {} : res.error.fields).toEqual({ realName: '请填写身份证上的中文姓名' });
    dataOf(await join(first.openid));
    const second = await app.createUser('resident');
    expect(codeOf(await join(second.openid))).toBe('CONFLICT');
    expect(
      codeOf(
        await app.call(null, 'case', 'join', { token, realName: '王五', phone: '13912345678', attend: true }),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('both parties sign the agreement', () => {
  it('records who, when and the SHA-256 of the exact text; the second signature makes it take effect', async () => {
    const { r, party, c } = await agreedCase(app);
    const before = dataOf<Signing>(await app.call(party.openid, 'case', 'signing', { caseId: c.id }));
    expect(before.textHash).toBe(sha256(before.text));
    for (const t of [
      terms.facts,
      ...terms.terms.map((t, i) => `${i + 1}. ${t}`),
      terms.performance,
      '甲方：李建国',
      '乙方：王五',
    ]) {
      expect(before.text).toContain(t);
    }
    expect(before).toMatchObject({ mySide: 'other', mustSign: true, signatures: [] });
    const t0 = Date.now();
    const one = dataOf<Signing>(await signAs(app, r, c.id, '李建国'));
    expect(one.signatures).toEqual([
      expect.objectContaining({
        side: 'resident',
        name: '李建国',
        textHash: before.textHash,
        faceVerified: false,
      }),
    ]);
    expect(one.signatures[0]!.signedAt).toBeGreaterThanOrEqual(t0);
    expect(one.effectiveAt).toBeUndefined();
    expect(codeOf(await signAs(app, r, c.id, '李建国'))).toBe('CONFLICT');
    const both = dataOf<Signing>(await signAs(app, party, c.id, '王五'));
    expect(both.signatures.map((s) => s.side).sort()).toEqual(['other', 'resident']);
    expect(both.effectiveAt).toBeGreaterThanOrEqual(t0);
    expect(both.verifyCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect(both.judicial).toMatchObject({ daysLeft: 30 });
    const stored = (await sdk(app.db.collection('cases').doc(c.id).get())) as unknown as {
      data: { signing: { signatures: Array<{ openid: string; userId: string }> } };
    };
    expect(stored.data.signing.signatures.map((s) => s.openid).sort()).toEqual(
      [r.openid, party.openid].sort(),
    );
  });

  it('refuses a stale text, another name, someone else’s drawing and the wrong callers', async () => {
    const { r, party, m, c } = await agreedCase(app);
    expect(codeOf(await signAs(app, r, c.id, '李建国', sha256('another text')))).toBe('CONFLICT');
    const wrongName = await signAs(app, r, c.id, '李大爷');
    expect(wrongName.ok ? {} : wrongName.error.fields).toEqual({ realName: '协议上甲方的姓名是“李建国”' });
    const { textHash } = dataOf<Signing>(await app.call(r.openid, 'case', 'signing', { caseId: c.id }));
    const theirs = uploadBytes(app, party.id, 'signature', 'p.png', await pngOf('p'));
    const foreign = await app.call(r.openid, 'case', 'sign', {
      caseId: c.id,
      textHash,
      realName: '李建国',
      signature: theirs,
    });
    expect(codeOf(foreign)).toBe('BAD_REQUEST');
    const notPng = uploadBytes(app, r.id, 'signature', 'x.png', Buffer.from('not a picture'));
    expect(
      codeOf(
        await app.call(r.openid, 'case', 'sign', {
          caseId: c.id,
          textHash,
          realName: '李建国',
          signature: notPng,
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(codeOf(await signAs(app, { openid: m.openid, id: m.userId }, c.id, '张桂兰'))).toBe('FORBIDDEN');
    const stranger = await app.createUser('resident');
    expect(codeOf(await signAs(app, stranger, c.id, '李建国', textHash))).toBe('NOT_FOUND');
    const d = dataOf<CaseDetail>(await app.call(r.openid, 'case', 'get', { caseId: c.id }));
    expect(d.signing?.signatures).toEqual([]);
  });

  it('voids every signature when the terms change, says so, tells both parties and asks again', async () => {
    const { r, party, m, c } = await agreedCase(app);
    dataOf(await signAs(app, r, c.id, '李建国'));
    const changed = { ...terms, terms: [...terms.terms, '双方今后和睦相处。'] };
    expect(
      codeOf(await app.call(r.openid, 'case', 'amendAgreement', { caseId: c.id, agreement: changed })),
    ).toBe('FORBIDDEN');
    const d = dataOf<CaseDetail>(
      await app.call(m.openid, 'case', 'amendAgreement', { caseId: c.id, agreement: changed }),
    );
    expect(d.signing?.signatures).toEqual([]);
    expect(d.signing?.mustSign).toBe(false);
    expect(d.timeline.at(-1)).toMatchObject({ event: 'signatures_voided' });
    const mine = dataOf<Signing>(await app.call(r.openid, 'case', 'signing', { caseId: c.id }));
    expect(mine.mustSign).toBe(true);
    expect(mine.text).toContain('3. 双方今后和睦相处。');
    const seen = dataOf<PartyCase>(await app.call(party.openid, 'case', 'asParty', { caseId: c.id }));
    expect(seen.timeline.map((e) => e.event)).toContain('signatures_voided');
    const told = (await sdk(
      app.db.collection('notifications').where({ purpose: 'caseProgress' }).get(),
    )) as unknown as { data: Array<{ touser: string }> };
    expect(told.data.map((n) => n.touser)).toEqual(expect.arrayContaining([r.openid, party.openid]));
    // The old text's signature does not come back; both sign the new text.
    dataOf(await signAs(app, r, c.id, '李建国'));
    const both = dataOf<Signing>(await signAs(app, party, c.id, '王五'));
    expect(both.effectiveAt).toBeDefined();
    expect(both.signatures.every((s) => s.textHash === sha256(mine.text))).toBe(true);
  });
});

describe('the signed agreement document and its verification', () => {
  it('shows both signatures, the mediator, the committee and the code; the document checks out as genuine', async () => {
    const { r, party, both } = await signedByBoth();
    const caseId = (await sdk(
      app.db.collection('cases').where({ 'signing.verifyCode': both.verifyCode }).get(),
    )) as {
      data: Array<{ _id: string }>;
    };
    const bytes = await agreementFile(party.openid, caseId.data[0]!._id);
    const { text, documentXml } = await readDocx(bytes);
    for (const t of [
      '人民调解协议书',
      '张桂兰',
      '东山村人民调解委员会',
      `核验码：${both.verifyCode}`,
      both.textHash,
      '李建国',
      '王五',
    ]) {
      expect(text).toContain(t);
    }
    expect(documentXml).toContain('name="signature-resident"');
    expect(documentXml).toContain('name="signature-other"');
    const media = Object.keys(unzipSync(new Uint8Array(bytes))).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const check = (doc: Buffer, name: string) =>
      app.call(r.openid, 'case', 'verify', {
        code: both.verifyCode,
        document: uploadBytes(app, r.id, 'verify', name, doc),
      });
    expect(dataOf<VerifyResult>(await check(bytes, 'a.docx'))).toMatchObject({
      verdict: 'genuine',
      textHash: both.textHash,
    });
    // A changed word in the text.
    const files = unzipSync(new Uint8Array(bytes));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const alteredText = zipSync({
      ...files,
      'word/document.xml': strToU8(xml.replace('十日内拆除', '一年内拆除')),
    });
    expect(dataOf<VerifyResult>(await check(Buffer.from(alteredText), 'b.docx')).verdict).toBe(
      'altered_text',
    );
    // Another picture in place of a signature.
    const first = media[0]!;
    const alteredSig = zipSync({ ...files, [first]: new Uint8Array(await pngOf('forged')) });
    expect(dataOf<VerifyResult>(await check(Buffer.from(alteredSig), 'c.docx')).verdict).toBe(
      'altered_signature',
    );
    // The code alone: anyone, even unregistered, reads what was recorded.
    const recorded = dataOf<VerifyResult>(
      await app.call('someone-unregistered', 'case', 'verify', { code: both.verifyCode!.toLowerCase() }),
    );
    expect(recorded).toMatchObject({
      verdict: 'recorded',
      committee: '东山村人民调解委员会',
      mediatorName: '张桂兰',
    });
    expect(recorded.signatures.map((s) => s.name).sort()).toEqual(['李建国', '王五']);
    expect(codeOf(await app.call(r.openid, 'case', 'verify', { code: 'ABCDEFGH23' }))).toBe('NOT_FOUND');
    // A file from someone else's folder is not read.
    const theirs = uploadBytes(app, party.id, 'verify', 'd.docx', bytes);
    expect(
      codeOf(await app.call(r.openid, 'case', 'verify', { code: both.verifyCode, document: theirs })),
    ).toBe('BAD_REQUEST');
  });
});
