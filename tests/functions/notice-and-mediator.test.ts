import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();
const DAY = 86_400_000;

async function addNotice(fields: Record<string, unknown>): Promise<string> {
  const now = Date.now();
  const base = {
    title: 't',
    category: '便民服务',
    summary: 's',
    body: 'b',
    createdBy: 'x',
    createdAt: now,
    updatedAt: now,
  };
  const res = await sdk(app.db.collection('notices').add({ data: { ...base, ...fields } }));
  return (res as { _id: string })._id;
}

async function addMediator(fields: Record<string, unknown>): Promise<void> {
  const base = {
    userId: `u-${Math.random()}`,
    openid: `m-${Math.random()}`,
    specialties: [],
    areas: [],
    online: false,
    capacity: 5,
    active: true,
    createdAt: 0,
  };
  await sdk(app.db.collection('mediators').add({ data: { ...base, ...fields } }));
}

describe('notice', () => {
  it('lists published notices that are due, newest first, to anyone', async () => {
    const now = Date.now();
    await addNotice({ title: '旧', status: 'published', publishedAt: now - 2 * DAY });
    await addNotice({ title: '新', status: 'published', publishedAt: now - DAY });
    await addNotice({ title: '草稿', status: 'draft' });
    await addNotice({ title: '未到时间', status: 'published', publishedAt: now + DAY });
    await addNotice({ title: '已撤回', status: 'withdrawn', publishedAt: now - DAY });
    const { items } = dataOf<{ items: { title: string }[] }>(
      await app.call('anyone-at-all', 'notice', 'listPublished', {}),
    );
    expect(items.map((n) => n.title)).toEqual(['新', '旧']);
  });

  it('shows a published notice in full and hides a draft as missing', async () => {
    const published = await addNotice({
      title: '全文',
      body: '正文内容',
      status: 'published',
      publishedAt: Date.now() - 1000,
    });
    const draft = await addNotice({ title: '草稿', status: 'draft' });
    expect(dataOf<{ body: string }>(await app.call('reader', 'notice', 'get', { id: published })).body).toBe(
      '正文内容',
    );
    expect(codeOf(await app.call('reader', 'notice', 'get', { id: draft }))).toBe('NOT_FOUND');
  });
});

describe('mediator', () => {
  it('lists active mediators online first, filtered by specialty and area, without openids', async () => {
    await addMediator({ name: '甲', specialties: ['邻里'], areas: ['东山村'], online: false });
    await addMediator({ name: '乙', specialties: ['邻里', '婚姻家庭'], areas: ['东山村'], online: true });
    await addMediator({ name: '丙', specialties: ['劳动争议'], areas: ['西岭村'], online: true });
    await addMediator({ name: '丁', specialties: ['邻里'], areas: ['东山村'], online: true, active: false });
    const all = dataOf<{ items: Record<string, unknown>[] }>(
      await app.call('r', 'mediator', 'list', {}),
    ).items;
    expect(all.map((m) => m.name)).toEqual(['丙', '乙', '甲']);
    expect(all.some((m) => 'openid' in m || 'capacity' in m)).toBe(false);
    const neighbours = dataOf<{ items: { name: string }[] }>(
      await app.call('r', 'mediator', 'list', { disputeType: '邻里' }),
    ).items;
    expect(neighbours.map((m) => m.name)).toEqual(['乙', '甲']);
    const west = dataOf<{ items: { name: string }[] }>(
      await app.call('r', 'mediator', 'list', { area: '西岭村' }),
    ).items;
    expect(west.map((m) => m.name)).toEqual(['丙']);
    expect(codeOf(await app.call('r', 'mediator', 'list', { disputeType: '吵架' }))).toBe('BAD_REQUEST');
  });

  it('shows a mediator their own card', async () => {
    const user = await app.createUser('mediator');
    await addMediator({ name: '本人', userId: user.id, openid: user.openid });
    expect(dataOf<{ name: string }>(await app.call(user.openid, 'mediator', 'mine', {})).name).toBe('本人');
  });
});
