import { shanghaiDate } from '../../server/booking/slots';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, key, startConsultation, stored } from '../helpers/consultation';
import { fetchBytes, readDocx } from '../helpers/docx';

const app = useAppCloud();

type View = Record<string, unknown> & { id: string; status: string; unread: number };

describe('consultation actions', () => {
  it('starts with the description as the first message, and answers a retried start with the same one', async () => {
    await createMediator(app, { specialties: ['邻里'] });
    const r = await app.createUser('resident', { village: '东山村' });
    const clientKey = key();
    const payload = { disputeType: '邻里', description: '邻居的狗半夜一直叫', clientKey };
    const a = dataOf<View>(await app.call(r.openid, 'consultation', 'start', payload));
    const b = dataOf<View>(await app.call(r.openid, 'consultation', 'start', payload));
    expect(b.id).toBe(a.id);
    expect(JSON.stringify(a)).not.toMatch(/test-(resident|mediator)/);
    const list = dataOf<{ items: View[] }>(await app.call(r.openid, 'consultation', 'listMine', {}));
    expect(list.items.map((c) => c.id)).toEqual([a.id]);
    const history = dataOf<{ items: { text: string }[] }>(
      await app.call(r.openid, 'message', 'history', { consultationId: a.id }),
    );
    expect(history.items.map((m) => m.text)).toEqual(['邻居的狗半夜一直叫']);
  });

  it('refuses bad input with Chinese messages under each field', async () => {
    const r = await app.createUser('resident');
    const res = await app.call(r.openid, 'consultation', 'start', {
      disputeType: '打架',
      description: '短',
      clientKey: key(),
    });
    expect(codeOf(res)).toBe('BAD_REQUEST');
    expect(res.ok ? {} : res.error.fields).toMatchObject({
      disputeType: '请选择纠纷类型',
      description: expect.stringContaining('至少'),
    });
    const big = await app.call(r.openid, 'consultation', 'start', {
      disputeType: '邻里',
      description: '院墙被推倒了需要帮助',
      clientKey: key(),
      photos: [{ fileID: 'cloud://local.bucket/a.jpg', size: 6 * 1024 * 1024 }],
    });
    expect(big.ok ? '' : big.error.message).toBe('图片不能超过5MB，请换一张');
  });

  it('refuses risky descriptions and holds review ones from the mediator', async () => {
    const m = await createMediator(app, { specialties: ['劳动争议'] });
    const r = await app.createUser('resident');
    const risky = await app.call(r.openid, 'consultation', 'start', {
      disputeType: '劳动争议',
      description: '老板拖欠工资还代开发票',
      clientKey: key(),
    });
    expect(codeOf(risky)).toBe('CONTENT_RISKY');
    const held = await startConsultation(app, r.openid, {
      disputeType: '劳动争议',
      description: '老板说私下转账给我工资',
    });
    const asMediator = dataOf<{ description: string }>(
      await app.call(m.openid, 'consultation', 'get', { consultationId: held.id }),
    );
    expect(asMediator.description).toContain('审核');
    const mediatorHistory = dataOf<{ items: unknown[] }>(
      await app.call(m.openid, 'message', 'history', { consultationId: held.id }),
    );
    expect(mediatorHistory.items).toHaveLength(0);
    const own = dataOf<{ items: { status: string }[] }>(
      await app.call(r.openid, 'message', 'history', { consultationId: held.id }),
    );
    expect(own.items[0]?.status).toBe('review');
  });

  it('rate-limits new consultations per resident', async () => {
    const r = await app.createUser('resident');
    for (let i = 0; i < 5; i++) await startConsultation(app, r.openid, { disputeType: '其他' });
    expect(
      codeOf(
        await app.call(r.openid, 'consultation', 'start', {
          disputeType: '其他',
          description: '再问一个问题可以吗',
          clientKey: key(),
        }),
      ),
    ).toBe('RATE_LIMITED');
  });

  it('keeps other people out of a consultation', async () => {
    const m = await createMediator(app, { specialties: ['邻里'] });
    const other = await createMediator(app, { specialties: ['邻里'] });
    const r = await app.createUser('resident');
    const stranger = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    for (const who of [stranger.openid, other.openid]) {
      expect(codeOf(await app.call(who, 'consultation', 'get', { consultationId: c.id }))).toBe('NOT_FOUND');
      expect(codeOf(await app.call(who, 'message', 'history', { consultationId: c.id }))).toBe('NOT_FOUND');
      expect(
        codeOf(
          await app.call(who, 'message', 'send', { consultationId: c.id, clientMsgId: key(), text: '你好' }),
        ),
      ).toBe('NOT_FOUND');
    }
    expect(
      codeOf(
        await app.call(other.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'answered' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await app.call(other.openid, 'consultation', 'saveNote', { consultationId: c.id, note: 'x' })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await app.call(stranger.openid, 'consultation', 'rate', { consultationId: c.id, rating: 5 })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await app.call(stranger.openid, 'consultation', 'transcript', { consultationId: c.id })),
    ).toBe('NOT_FOUND');
  });

  it('keeps the private note from the resident', async () => {
    const m = await createMediator(app);
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    dataOf(
      await app.call(m.openid, 'consultation', 'saveNote', {
        consultationId: c.id,
        note: '老人情绪激动，需上门',
      }),
    );
    expect(
      dataOf<{ note: string }>(await app.call(m.openid, 'consultation', 'get', { consultationId: c.id }))
        .note,
    ).toBe('老人情绪激动，需上门');
    const asResident = dataOf<View>(
      await app.call(r.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(asResident.note).toBeUndefined();
    expect(JSON.stringify(await stored(app, 'consultations', c.id))).not.toContain('老人情绪激动');
  });

  it('sorts the inbox into 待我回复, 待居民回复 and 已结束, closes once, rates once', async () => {
    const m = await createMediator(app);
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    const open = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    const ids = async (filter: string) =>
      dataOf<{ items: View[] }>(await app.call(m.openid, 'consultation', 'inbox', { filter })).items.map(
        (i) => i.id,
      );
    expect(await ids('mine')).toContain(c.id);
    dataOf(
      await app.call(m.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        text: '您好，我来看看',
      }),
    );
    expect(await ids('resident')).toContain(c.id);
    expect(
      codeOf(
        await app.call(r.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'answered' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await app.call(r.openid, 'consultation', 'rate', { consultationId: c.id, rating: 5 })),
    ).toBe('CONFLICT');
    const closed = dataOf<View>(
      await app.call(m.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'case' }),
    );
    expect(closed).toMatchObject({ status: 'closed', outcome: 'case' });
    expect(await ids('closed')).toContain(c.id);
    expect(await ids('all')).toEqual(expect.arrayContaining([c.id, open.id]));
    expect(await ids('mine')).toEqual([open.id]);
    expect(
      codeOf(await app.call(m.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'case' })),
    ).toBe('CONFLICT');
    expect(
      codeOf(await app.call(r.openid, 'consultation', 'rate', { consultationId: c.id, rating: 9 })),
    ).toBe('BAD_REQUEST');
    expect(
      dataOf<View>(await app.call(r.openid, 'consultation', 'rate', { consultationId: c.id, rating: 5 }))
        .rating,
    ).toBe(5);
    expect(codeOf(await app.call(r.openid, 'consultation', 'rate', { consultationId: c.id }))).toBe(
      'CONFLICT',
    );
    expect(
      codeOf(
        await app.call(r.openid, 'message', 'send', {
          consultationId: c.id,
          clientMsgId: key(),
          text: '还在吗',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('lets the resident skip rating, and then not rate later', async () => {
    const m = await createMediator(app);
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    dataOf(await app.call(m.openid, 'consultation', 'close', { consultationId: c.id, outcome: 'referred' }));
    expect(
      dataOf<View>(await app.call(r.openid, 'consultation', 'rate', { consultationId: c.id })).ratingSkipped,
    ).toBe(true);
    expect(
      codeOf(await app.call(r.openid, 'consultation', 'rate', { consultationId: c.id, rating: 3 })),
    ).toBe('CONFLICT');
  });

  it('writes a printable transcript with both parties and the passed messages only', async () => {
    const m = await createMediator(app, { name: '张桂兰' });
    const r = await app.createUser('resident', { nickname: '李大爷' });
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    dataOf(
      await app.call(m.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        text: '请把<照片>发我',
      }),
    );
    dataOf(
      await app.call(r.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        text: '可以加微信吗',
      }),
    );
    const t = dataOf<{ url: string; fileName: string; fileType: string }>(
      await app.call(r.openid, 'consultation', 'transcript', { consultationId: c.id }),
    );
    expect(t).toMatchObject({ fileName: `咨询记录-${shanghaiDate(c.createdAt)}.docx`, fileType: 'docx' });
    const { text, documentXml } = await readDocx(await fetchBytes(t.url));
    expect(text).toContain('掌上调解室 咨询记录');
    expect(text).toContain('居民 李大爷');
    expect(text).toContain('调解员 张桂兰');
    expect(text).toContain('请把<照片>发我');
    expect(documentXml).toContain('请把&lt;照片&gt;发我');
    expect(documentXml).toMatch(/w:eastAsia="宋体"/);
    expect(text).not.toContain('加微信');
  });

  it("manages quick replies: defaults, add, edit, delete, only one's own", async () => {
    const m = await createMediator(app);
    const other = await createMediator(app);
    const list = async (who: string) =>
      dataOf<{ items: { id: string; text: string }[] }>(
        await app.call(who, 'consultation', 'quickReplies', {}),
      ).items;
    expect((await list(m.openid)).length).toBeGreaterThan(0);
    const added = dataOf<{ id: string }>(
      await app.call(m.openid, 'consultation', 'saveQuickReply', { text: '请稍等' }),
    );
    dataOf(await app.call(m.openid, 'consultation', 'saveQuickReply', { id: added.id, text: '请稍等一下' }));
    expect((await list(m.openid)).map((q) => q.text)).toEqual(['请稍等一下']);
    expect(codeOf(await app.call(other.openid, 'consultation', 'deleteQuickReply', { id: added.id }))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await app.call(other.openid, 'consultation', 'saveQuickReply', { id: added.id, text: '改了' })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await app.call(m.openid, 'consultation', 'saveQuickReply', { text: '代开发票' }))).toBe(
      'CONTENT_RISKY',
    );
    expect(codeOf(await app.call(m.openid, 'consultation', 'saveQuickReply', { text: '' }))).toBe(
      'BAD_REQUEST',
    );
    dataOf(await app.call(m.openid, 'consultation', 'deleteQuickReply', { id: added.id }));
    expect((await list(m.openid))[0]?.id).toMatch(/^default-/);
  });

  it('refuses mediator tools to a mediator without a profile', async () => {
    const bare = await app.createUser('mediator');
    expect(codeOf(await app.call(bare.openid, 'consultation', 'setOnline', { online: true }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await app.call(bare.openid, 'consultation', 'quickReplies', {}))).toBe('NOT_FOUND');
  });
});
