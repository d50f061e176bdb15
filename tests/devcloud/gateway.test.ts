import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DevCloud, startDevCloud } from '../../devcloud/index';

const fixtures = join(__dirname, '..', 'fixtures', 'functions');
// The h5 build sits next to a file that must never be served: traversal would reach it.
const site = mkdtempSync(join(tmpdir(), 'devcloud-h5-'));
writeFileSync(join(site, 'package.json'), '{"name":"TOP-SECRET"}');
mkdirSync(join(site, 'dist-h5-private'));
writeFileSync(join(site, 'dist-h5-private', 'index.html'), 'TOP-SECRET');
const h5Dir = join(site, 'dist-h5');
mkdirSync(join(h5Dir, 'js'), { recursive: true });
writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>h5 index</title>');
writeFileSync(join(h5Dir, 'js', 'app.abc12345.js'), 'console.log(1)');

let open: DevCloud;
let closed: DevCloud;

beforeAll(async () => {
  open = await startDevCloud({
    dataDir: mkdtempSync(join(tmpdir(), 'devcloud-gw-')),
    functionRoots: [fixtures],
    quiet: true,
    gateway: { h5Dir, localSignIn: true },
  });
  closed = await startDevCloud({
    dataDir: mkdtempSync(join(tmpdir(), 'devcloud-gw-off-')),
    functionRoots: [fixtures],
    quiet: true,
    gateway: { h5Dir },
  });
});
afterAll(async () => {
  await open?.close();
  await closed?.close();
});

/** The cookie pair (`name=value`) of a Set-Cookie header. */
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const signIn = (cloud: DevCloud, openid: string) =>
  fetch(`${cloud.url}/local/session`, { method: 'POST', body: JSON.stringify({ openid }) });

const callWhoami = (cloud: DevCloud, cookie?: string) =>
  fetch(`${cloud.url}/api/functions/whoami`, {
    method: 'POST',
    headers: cookie ? { cookie } : {},
    body: JSON.stringify({}),
  });

/** A raw GET: fetch would normalise `/../` away before sending it. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/`, { path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('local sign-in', () => {
  it('is refused when localSignIn is off', async () => {
    const res = await signIn(closed, 'demo-resident');
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    // A cookie signed by a cloud that allows sign-in is not honoured where sign-in is off.
    const cookie = closed.gateway.sessionCookieFor('demo-resident').split(';')[0];
    expect((await callWhoami(closed, cookie)).status).toBe(401);
  });

  it('refuses openids that are neither demo users nor new residents', async () => {
    expect((await signIn(open, 'o-real-wechat-user')).status).toBe(400);
  });

  it('does not honour a forged or tampered cookie', async () => {
    const good = cookieOf(await signIn(open, 'demo-resident'));
    expect(good).toMatch(/^pmr_local=demo-resident\./);
    const mac = good.slice(good.lastIndexOf('.') + 1);
    const forged = [
      'pmr_local=demo-admin',
      'pmr_local=demo-admin.AAAA',
      `pmr_local=demo-admin.${mac}`,
      `${good.slice(0, -2)}xx`,
      open.gateway.sessionCookieFor('demo-admin').replace(/^pmr_local=[^.]+/, 'pmr_local=demo-mediator'),
      // Signed by another local cloud (another data folder, another secret).
      closed.gateway.sessionCookieFor('demo-admin').split(';')[0] ?? '',
    ];
    for (const cookie of forged) {
      const res = await callWhoami(open, cookie);
      expect([cookie, res.status]).toEqual([cookie, 401]);
    }
  });
});

describe('/api/functions/<name>', () => {
  it('answers 401 without a session', async () => {
    const res = await callWhoami(open);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ errCode: -401 });
  });

  it('runs the function as the signed-in demo user', async () => {
    const cookie = cookieOf(await signIn(open, 'demo-mediator-liu'));
    const res = await callWhoami(open, cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      result: { openid: 'demo-mediator-liu', userInfo: { openId: 'demo-mediator-liu' } },
      errMsg: 'cloud.callFunction:ok',
    });
  });

  it('ignores an openid the client puts into the event', async () => {
    const cookie = cookieOf(await signIn(open, 'demo-resident'));
    const res = await fetch(`${open.url}/api/functions/whoami`, {
      method: 'POST',
      headers: { cookie },
      body: JSON.stringify({ userInfo: { openId: 'demo-admin' }, openid: 'demo-admin' }),
    });
    expect(await res.json()).toMatchObject({
      result: { openid: 'demo-resident', userInfo: { openId: 'demo-resident' } },
    });
  });
});

describe('static h5 files', () => {
  it('answers 400 to a path that is not valid percent-encoding', async () => {
    expect((await rawGet(open.url, '/%E0%A4%A')).status).toBe(400);
  });

  it('serves assets, and index.html for unknown paths (browser-history routes)', async () => {
    const asset = await fetch(`${open.url}/js/app.abc12345.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toBe('console.log(1)');
    const route = await fetch(`${open.url}/pages/case/index?id=1`);
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toContain('h5 index');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/js/../../package.json',
    '/..%2fpackage.json',
    '/dist-h5/../../package.json',
    '/../dist-h5-private/index.html',
  ])('refuses path traversal %s', async (path) => {
    const res = await rawGet(open.url, path);
    expect(res.body).not.toContain('TOP-SECRET');
    if (res.status === 200) expect(res.body).toContain('h5 index');
    else expect(res.status).toBe(403);
  });
});
