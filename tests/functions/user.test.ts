import { codeOf, dataOf, testFunctionConfig, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';

const app = useAppCloud();

async function storedUser(openid: string): Promise<Record<string, unknown>> {
  const res = await sdk(app.db.collection('users').where({ openid }).get());
  return (res as { data: Record<string, unknown>[] }).data[0]!;
}

describe('user.login', () => {
  it('creates a resident on the first call and returns the same user afterwards', async () => {
    const first = dataOf<{ id: string; role: string }>(await app.call('new-person-1', 'user', 'login'));
    expect(first.role).toBe('resident');
    const again = dataOf<{ id: string }>(await app.call('new-person-1', 'user', 'login'));
    expect(again.id).toBe(first.id);
  });

  it('creates exactly one user when the first logins race', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => app.call('racer', 'user', 'login')));
    const ids = new Set(results.map((r) => dataOf<{ id: string }>(r).id));
    expect(ids.size).toBe(1);
    const count = await sdk(app.db.collection('users').where({ openid: 'racer' }).count());
    expect((count as { total: number }).total).toBe(1);
  });

  it('makes the admins named in the configuration admins', async () => {
    expect(testFunctionConfig.PMR_ADMIN_OPENIDS).toBe('configured-admin');
    expect(dataOf<{ role: string }>(await app.call('configured-admin', 'user', 'login')).role).toBe('admin');
  });
});

describe('user.me and updateProfile', () => {
  it('refuses someone who never logged in', async () => {
    expect(codeOf(await app.call('stranger', 'user', 'me'))).toBe('NOT_REGISTERED');
  });

  it('stores the phone encrypted and shows it masked', async () => {
    const { openid } = await app.createUser('resident');
    const me = dataOf<{ phoneMasked: string; nickname: string }>(
      await app.call(openid, 'user', 'updateProfile', { nickname: '王阿姨', phone: '13912345678' }),
    );
    expect(me).toMatchObject({ nickname: '王阿姨', phoneMasked: '139****5678' });
    const stored = await storedUser(openid);
    expect(JSON.stringify(stored)).not.toContain('13912345678');
    expect(String(stored.phoneEnc)).toMatch(/^v1:/);
    expect(dataOf<{ phoneMasked: string }>(await app.call(openid, 'user', 'me')).phoneMasked).toBe(
      '139****5678',
    );
  });

  it('answers bad input with a message under each field and writes nothing', async () => {
    const { openid } = await app.createUser('resident');
    const res = await app.call(openid, 'user', 'updateProfile', { nickname: '', phone: '12345' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('BAD_REQUEST');
    expect(res.error.fields).toMatchObject({ nickname: '请填写称呼', phone: '请输入11位手机号' });
    expect((await storedUser(openid)).nickname).toBe((await storedUser(openid)).nickname);
    expect((await storedUser(openid)).phoneEnc).toBeUndefined();
  });

  it('refuses an openid smuggled into the payload', async () => {
    const { openid } = await app.createUser('resident');
    const res = await app.call(openid, 'user', 'updateProfile', { nickname: '张三', openid: 'someone-else' });
    expect(codeOf(res)).toBe('BAD_REQUEST');
    expect(res.ok ? {} : res.error.fields).toEqual({ openid: '不支持的字段' });
  });

  it('refuses a nickname that content security calls risky, and holds one for review', async () => {
    const { openid } = await app.createUser('resident');
    expect(codeOf(await app.call(openid, 'user', 'updateProfile', { nickname: '代开发票大王' }))).toBe(
      'CONTENT_RISKY',
    );
    const held = dataOf(await app.call(openid, 'user', 'updateProfile', { nickname: '加微信聊' }));
    expect(held).toMatchObject({ nickname: '加微信聊', held: [{ field: 'nickname', status: 'held' }] });
    expect(dataOf(await app.call(openid, 'user', 'me', {}))).toMatchObject({ nickname: '加微信聊' });
    expect((await storedUser(openid)).nickname).toMatch(/^测试/);
  });

  it('limits profile changes to 10 an hour', async () => {
    const { openid } = await app.createUser('resident');
    for (let i = 0; i < 10; i++) {
      expect(codeOf(await app.call(openid, 'user', 'updateProfile', { nickname: `居民${i}` }))).toBe('OK');
    }
    const refused = await app.call(openid, 'user', 'updateProfile', { nickname: '居民X' });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });
});

describe('user.list and setRole', () => {
  it('lets an admin list users by role, without contact data', async () => {
    const admin = await app.createUser('admin');
    await app.createUser('mediator');
    const { items } = dataOf<{ items: Record<string, unknown>[] }>(
      await app.call(admin.openid, 'user', 'list', { role: 'mediator' }),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.role === 'mediator' && !('phoneMasked' in u) && !('openid' in u))).toBe(true);
  });

  it('makes a resident a mediator with a roster profile, records it in the audit log, and can undo it', async () => {
    const admin = await app.createUser('admin');
    const person = await app.createUser('resident', { village: '南湖村' });
    const res = dataOf<{ role: string }>(
      await app.call(admin.openid, 'user', 'setRole', { userId: person.id, role: 'mediator' }),
    );
    expect(res.role).toBe('mediator');
    const profile = await sdk(app.db.collection('mediators').where({ userId: person.id }).get());
    expect((profile as { data: Record<string, unknown>[] }).data[0]).toMatchObject({
      active: true,
      areas: ['南湖村'],
    });
    const audit = await sdk(app.db.collection('audit_logs').where({ targetId: person.id }).get());
    expect((audit as { data: Record<string, unknown>[] }).data[0]).toMatchObject({
      action: 'user.setRole',
      actorId: admin.id,
      before: { role: 'resident' },
      after: { role: 'mediator' },
    });
    await app.call(admin.openid, 'user', 'setRole', { userId: person.id, role: 'resident' });
    const after = await sdk(app.db.collection('mediators').where({ userId: person.id }).get());
    expect((after as { data: Record<string, unknown>[] }).data[0]).toMatchObject({
      active: false,
      online: false,
    });
  });

  it('refuses an admin removing their own admin role, and an unknown user', async () => {
    const admin = await app.createUser('admin');
    expect(
      codeOf(await app.call(admin.openid, 'user', 'setRole', { userId: admin.id, role: 'resident' })),
    ).toBe('CONFLICT');
    expect(
      codeOf(await app.call(admin.openid, 'user', 'setRole', { userId: 'no-such-user', role: 'admin' })),
    ).toBe('NOT_FOUND');
  });
});
