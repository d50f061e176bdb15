import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();

interface View {
  id: string;
  title: string;
  status: string;
  publishedAt?: number;
  official?: { status: string };
}
interface AuditRow {
  action: string;
  target: string;
  actorId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

const draft = {
  title: '春耕时节法律服务进村',
  category: '便民服务',
  body: '司法所工作人员将于本周六到东山村。\n欢迎咨询。',
};

async function titlesOnHome(): Promise<string[]> {
  const { items } = dataOf<{ items: { title: string }[] }>(
    await app.call('someone', 'notice', 'listPublished', {}),
  );
  return items.map((n) => n.title);
}

async function auditOf(target: string): Promise<AuditRow[]> {
  const res = await sdk(
    app.db.collection('audit_logs').where({ targetId: target }).orderBy('at', 'asc').get(),
  );
  return (res as unknown as { data: AuditRow[] }).data;
}

describe('notice lifecycle for admins', () => {
  it('writes a draft, publishes, edits and withdraws it, each change audited', async () => {
    const admin = await app.createUser('admin');
    const created = dataOf<View>(await app.call(admin.openid, 'notice', 'save', draft));
    expect(created.status).toBe('draft');
    expect(await titlesOnHome()).not.toContain(draft.title);

    const listed = dataOf<{ items: View[]; officialAccount: boolean }>(
      await app.call(admin.openid, 'notice', 'adminList', {}),
    );
    expect(listed.items.map((n) => n.id)).toContain(created.id);
    expect(listed.officialAccount).toBe(false);

    const published = dataOf<View>(await app.call(admin.openid, 'notice', 'publish', { id: created.id }));
    expect(published.status).toBe('published');
    expect(await titlesOnHome()).toContain(draft.title);

    const edited = dataOf<View>(
      await app.call(admin.openid, 'notice', 'save', {
        ...draft,
        id: created.id,
        title: '春耕法律服务进村（改期）',
      }),
    );
    expect(edited.status).toBe('published');
    expect(await titlesOnHome()).toContain('春耕法律服务进村（改期）');

    dataOf(await app.call(admin.openid, 'notice', 'withdraw', { id: created.id }));
    expect(await titlesOnHome()).not.toContain('春耕法律服务进村（改期）');
    expect(codeOf(await app.call('someone', 'notice', 'get', { id: created.id }))).toBe('NOT_FOUND');

    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual([
      'notice.create',
      'notice.publish',
      'notice.edit',
      'notice.withdraw',
    ]);
    expect(audit.every((a) => a.actorId === admin.id)).toBe(true);
    expect(audit[2]).toMatchObject({
      before: { title: draft.title },
      after: { title: '春耕法律服务进村（改期）' },
    });
  });

  it('schedules a notice that the timer publishes once it is due', async () => {
    const admin = await app.createUser('admin');
    const { id } = dataOf<View>(
      await app.call(admin.openid, 'notice', 'save', { ...draft, title: '定时公告' }),
    );
    const at = Date.now() + 3_600_000;
    const scheduled = dataOf<View>(await app.call(admin.openid, 'notice', 'publish', { id, at }));
    expect(scheduled).toMatchObject({ status: 'scheduled', publishedAt: at });
    await app.devcloud.triggers.runNow('notice', 'everyMinute');
    expect(await titlesOnHome()).not.toContain('定时公告');

    // Time passes: the notice's moment comes.
    await sdk(
      app.db
        .collection('notices')
        .doc(id)
        .update({ data: { publishedAt: Date.now() - 1000 } }),
    );
    const run = await app.devcloud.triggers.runNow('notice', 'everyMinute');
    expect(run.ok).toBe(true);
    expect(await titlesOnHome()).toContain('定时公告');
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['notice.create', 'notice.schedule']);
  });

  it('shows a cover to residents as a temporary URL, keeps it on edit, and none once removed', async () => {
    const admin = await app.createUser('admin');
    const fileId = uploadAs(app, admin.id, 'notice-cover', 'c.jpg', 'cover-bytes');
    const { id } = dataOf<View>(
      await app.call(admin.openid, 'notice', 'save', { ...draft, title: '有图', cover: { fileId } }),
    );
    dataOf(await app.call(admin.openid, 'notice', 'publish', { id }));
    const read = async () =>
      dataOf<{ coverUrl?: string }>(await app.call('someone', 'notice', 'get', { id }));
    const shown = await read();
    expect(shown.coverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/storage\/file\//);
    expect(await (await fetch(shown.coverUrl ?? '')).text()).toBe('cover-bytes');
    expect(JSON.stringify(shown)).not.toContain('cloud://');
    const edited = await app.call(admin.openid, 'notice', 'save', {
      ...draft,
      title: '有图（改）',
      id,
      cover: 'keep',
    });
    expect(JSON.stringify(dataOf(edited))).not.toContain('cloud://');
    expect((await read()).coverUrl).toMatch(/^http/);
    dataOf(await app.call(admin.openid, 'notice', 'save', { ...draft, title: '有图', id }));
    expect(await read()).not.toHaveProperty('coverUrl');
  });

  it('refuses risky text, and the official account when none is configured', async () => {
    const admin = await app.createUser('admin');
    expect(
      codeOf(await app.call(admin.openid, 'notice', 'save', { ...draft, body: '这里有代开发票信息' })),
    ).toBe('CONTENT_RISKY');
    const { id } = dataOf<View>(await app.call(admin.openid, 'notice', 'save', draft));
    const res = await app.call(admin.openid, 'notice', 'publish', { id, toOfficialAccount: true });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.ok ? '' : res.error.message).toContain('未配置公众号');
  });

  it('lets only admins write, publish and withdraw', async () => {
    const admin = await app.createUser('admin');
    const { id } = dataOf<View>(await app.call(admin.openid, 'notice', 'save', draft));
    for (const role of ['resident', 'mediator', 'legal_aid_officer'] as const) {
      const user = await app.createUser(role);
      expect(codeOf(await app.call(user.openid, 'notice', 'save', draft))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(user.openid, 'notice', 'publish', { id }))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(user.openid, 'notice', 'withdraw', { id }))).toBe('FORBIDDEN');
      expect(codeOf(await app.call(user.openid, 'notice', 'adminList', {}))).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.call('stranger', 'notice', 'publish', { id }))).toBe('NOT_REGISTERED');
    expect(await titlesOnHome()).not.toContain(draft.title);
  });
});
