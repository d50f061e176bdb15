import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();

interface Entry {
  actorName: string;
  action: string;
  actionLabel: string;
  target: string;
  at: number;
  changes: { field: string; before: string; after: string }[];
}

describe('the audit log', () => {
  it('lists admin actions with who, when and what changed, filterable and paged', async () => {
    const admin = await app.createUser('admin', { nickname: '周主任' });
    const other = await app.createUser('admin', { nickname: '陈科长' });
    const resident = await app.createUser('resident', { nickname: '孙大娘' });
    dataOf(
      await app.call(admin.openid, 'user', 'setRole', { userId: resident.id, role: 'legal_aid_officer' }),
    );
    const { id } = dataOf<{ id: string }>(
      await app.call(other.openid, 'notice', 'save', {
        title: '停水通知',
        category: '通知公告',
        body: '周三停水。',
      }),
    );
    dataOf(await app.call(other.openid, 'notice', 'publish', { id }));

    const all = dataOf<{ items: Entry[] }>(await app.call(admin.openid, 'audit', 'list', {})).items;
    expect(all.map((e) => e.actionLabel)).toEqual(['发布公告', '新建公告', '修改角色']);
    expect(all[2]).toMatchObject({
      actorName: '周主任',
      target: '孙大娘（居民）',
      changes: [{ field: '角色', before: '居民', after: '法援工作人员' }],
    });
    expect(all[0]).toMatchObject({
      actorName: '陈科长',
      changes: expect.arrayContaining([{ field: '状态', before: '草稿', after: '已发布' }]),
    });

    const notices = dataOf<{ items: Entry[] }>(
      await app.call(admin.openid, 'audit', 'list', { domain: 'notice' }),
    ).items;
    expect(notices.map((e) => e.action)).toEqual(['notice.publish', 'notice.create']);
    const byActor = dataOf<{ items: Entry[] }>(
      await app.call(admin.openid, 'audit', 'list', { actorId: admin.id }),
    ).items;
    expect(byActor.map((e) => e.action)).toEqual(['user.setRole']);
    const page = dataOf<{ items: Entry[]; hasMore: boolean }>(
      await app.call(admin.openid, 'audit', 'list', { limit: 2 }),
    );
    expect(page.hasMore).toBe(true);
    const rest = dataOf<{ items: Entry[]; hasMore: boolean }>(
      await app.call(admin.openid, 'audit', 'list', { limit: 2, before: page.items[1]!.at }),
    );
    expect(rest).toMatchObject({
      hasMore: false,
      items: [expect.objectContaining({ action: 'user.setRole' })],
    });
    const window = dataOf<{ items: Entry[] }>(
      await app.call(admin.openid, 'audit', 'list', { from: all[2]!.at, to: all[2]!.at + 1 }),
    ).items;
    expect(window.map((e) => e.action)).toEqual(['user.setRole']);

    expect(codeOf(await app.call(resident.openid, 'audit', 'list', {}))).toBe('FORBIDDEN');
  });
});
