import { MAX_EPOCH_MS } from '@contracts/models';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

/** About year 275,000: the date that made the dashboard loop over months until its timeout. */
const YEAR_275000 = Date.UTC(275_000, 0, 1);
const badTimes = [YEAR_275000, 9e15, MAX_EPOCH_MS + 1, -1, -8.64e15];

type Role = 'admin' | 'resident' | 'mediator';
/** A sample of actions that take a time, one per function that has one; the contract walker covers all. */
const timed: { name: string; role: Role; fn: string; action: string; field: string; payload: object }[] = [
  {
    name: 'stats.dashboard',
    role: 'admin',
    fn: 'stats',
    action: 'dashboard',
    field: 'from',
    payload: { to: Date.UTC(2026, 0, 1) },
  },
  {
    name: 'stats.exportCsv',
    role: 'admin',
    fn: 'stats',
    action: 'exportCsv',
    field: 'to',
    payload: { from: Date.UTC(2026, 0, 1) },
  },
  { name: 'audit.list', role: 'admin', fn: 'audit', action: 'list', field: 'before', payload: {} },
  {
    name: 'notice.publish',
    role: 'admin',
    fn: 'notice',
    action: 'publish',
    field: 'at',
    payload: { id: 'n1' },
  },
  {
    name: 'message.history',
    role: 'resident',
    fn: 'message',
    action: 'history',
    field: 'before',
    payload: { consultationId: 'c1' },
  },
  {
    name: 'booking.propose',
    role: 'mediator',
    fn: 'booking',
    action: 'propose',
    field: 'startAt',
    payload: { caseId: 'c1' },
  },
];

describe('times outside 2000 to 2100', () => {
  it.each(timed)('$name answers BAD_REQUEST in Chinese for far-future and negative times', async (t) => {
    const caller = await app.createUser(t.role);
    for (const at of badTimes) {
      const res = await app.call(caller.openid, t.fn as 'stats', t.action, { ...t.payload, [t.field]: at });
      expect(codeOf(res)).toBe('BAD_REQUEST');
      if (res.ok) continue;
      expect(res.error.fields?.[t.field]).toMatch(/时间不能(早于2000年|晚于2100年)/);
    }
  });
});

describe('one bad stored document', () => {
  it('does not break audit.list or the notice lists (a notice scheduled at 9e15)', async () => {
    const admin = await app.createUser('admin');
    const save = (title: string) =>
      app.call(admin.openid, 'notice', 'save', { title, category: '通知公告', body: '正文。' });
    const good = dataOf<{ id: string }>(await save('停水通知'));
    const bad = dataOf<{ id: string }>(await save('远期通知'));
    dataOf(await app.call(admin.openid, 'notice', 'publish', { id: good.id }));
    dataOf(await app.call(admin.openid, 'notice', 'publish', { id: bad.id, at: Date.UTC(2099, 0, 1) }));
    // What an older build, a console edit or an import could have stored.
    await sdk(
      app.db
        .collection('notices')
        .doc(bad.id)
        .update({ data: { publishedAt: 9e15 } }),
    );
    const logs = (await sdk(
      app.db.collection('audit_logs').where({ targetId: bad.id }).get(),
    )) as unknown as {
      data: { _id: string; action: string }[];
    };
    const publishLog = logs.data.find((l) => l.action === 'notice.schedule');
    expect(publishLog).toBeDefined();
    await sdk(
      app.db
        .collection('audit_logs')
        .doc(publishLog!._id)
        .update({ data: { after: { status: 'scheduled', publishedAt: 9e15 } } }),
    );

    const audit = dataOf<{ items: { target: string; action: string; changes: { after: string }[] }[] }>(
      await app.call(admin.openid, 'audit', 'list', {}),
    );
    const entry = audit.items.find((e) => e.target === '公告《远期通知》' && e.action === 'notice.schedule');
    expect(entry?.changes.map((c) => c.after)).toContain('无效时间（9000000000000000）');

    const adminList = dataOf<{ items: { id: string }[] }>(
      await app.call(admin.openid, 'notice', 'adminList', {}),
    );
    expect(adminList.items.map((n) => n.id)).toEqual([good.id]);

    // A published notice with a negative time is due by any clock: it must not break the residents' list.
    await sdk(
      app.db
        .collection('notices')
        .doc(bad.id)
        .update({ data: { status: 'published', publishedAt: -5 } }),
    );
    const resident = await app.createUser('resident');
    const published = dataOf<{ items: { id: string }[] }>(
      await app.call(resident.openid, 'notice', 'listPublished', {}),
    );
    expect(published.items.map((n) => n.id)).toEqual([good.id]);
  });

  it('does not break user.list (a user created at 9e15)', async () => {
    const admin = await app.createUser('admin');
    const broken = await app.createUser('resident', { createdAt: 9e15 });
    const fine = await app.createUser('resident');
    const res = dataOf<{ items: { id: string }[] }>(
      await app.call(admin.openid, 'user', 'list', { role: 'resident' }),
    );
    const ids = res.items.map((u) => u.id);
    expect(ids).toContain(fine.id);
    expect(ids).not.toContain(broken.id);
  });
});
