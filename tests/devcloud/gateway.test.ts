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

/** Registers `openid` as a user straight in the database, answering the user id (the upload folder's name). */
async function registerUser(cloud: DevCloud, openid: string): Promise<string> {
  const insert = cloud.database.adminActions?.['database.insertDocument'];
  const out = (await insert?.(
    { action: 'database.insertDocument', collectionName: 'users', data: [JSON.stringify({ openid })] },
    {},
  )) as { data: { insertedIds: string[] } };
  return out.data.insertedIds[0] ?? '';
}

const upload = (cookie: string | undefined, cloudPath: string, bytes = 'jpeg-bytes', name = 'p.jpg') => {
  const form = new FormData();
  form.append('cloudPath', cloudPath);
  form.append('file', new Blob([Buffer.from(bytes)]), name);
  return fetch(`${open.url}/local/upload`, {
    method: 'POST',
    body: form,
    headers: cookie ? { cookie } : {},
  });
};

describe('POST /local/upload', () => {
  let mine = '';
  let theirs = '';
  let cookie = '';
  beforeAll(async () => {
    mine = await registerUser(open, 'demo-uploader');
    theirs = await registerUser(open, 'demo-victim');
    cookie = cookieOf(await signIn(open, 'demo-uploader'));
  });

  /** `cloud://<env>.<bucket>/`, learnt from the first upload, to look paths up in storage. */
  let bucket = '';

  it('stores a photo in the caller’s own folder and serves it as a passive, sniff-proof image', async () => {
    const res = await upload(cookie, `uploads/${mine}/chat/1-a.jpg`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { fileID: string; tempFileURL: string };
    expect(body.fileID).toMatch(new RegExp(`/uploads/${mine}/chat/1-a\\.jpg$`));
    bucket = body.fileID.slice(0, body.fileID.indexOf('uploads/'));
    const file = await fetch(body.tempFileURL);
    expect(await file.text()).toBe('jpeg-bytes');
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe('inline');
  });

  it('needs a session: no cookie, or a forged one, is 401 and stores nothing', async () => {
    const path = `uploads/${mine}/chat/anonymous.jpg`;
    expect((await upload(undefined, path)).status).toBe(401);
    expect((await upload('pmr_local=demo-uploader.AAAA', path)).status).toBe(401);
    expect(open.storage.readFile(`${bucket}${path}`)).toBeNull();
  });

  it.each([
    ['another user’s folder', (ids: { mine: string; theirs: string }) => `uploads/${ids.theirs}/chat/x.jpg`],
    ['an unknown purpose', (ids: { mine: string }) => `uploads/${ids.mine}/avatars/x.jpg`],
    ['outside the uploads folder', () => 'notices/x.jpg'],
    ['a server-made document’s folder', () => 'transcripts/c1/1.jpg'],
    [
      'a path that climbs out',
      (ids: { mine: string; theirs: string }) => `uploads/${ids.mine}/chat/../../${ids.theirs}/chat/x.jpg`,
    ],
    ['the folder itself', (ids: { mine: string }) => `uploads/${ids.mine}/chat/`],
  ])('refuses %s with 403 and writes nothing', async (_what, pathOf) => {
    const path = pathOf({ mine, theirs });
    const res = await upload(cookie, path);
    expect([path, res.status]).toEqual([path, 403]);
    expect(open.storage.readFile(`${bucket}${path}`)).toBeNull();
  });

  it('never overwrites an existing file: a second upload to the same path is 409', async () => {
    const path = `uploads/${mine}/legal-aid/id.jpg`;
    const first = (await (await upload(cookie, path, 'original')).json()) as { fileID: string };
    const again = await upload(cookie, path, 'replaced');
    expect(again.status).toBe(409);
    expect(open.storage.readFile(first.fileID)?.toString()).toBe('original');
  });

  it('refuses SVG and HTML (they would run script on the app’s origin) with 415', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect((await upload(cookie, `uploads/${mine}/chat/x.svg`, svg, 'x.svg')).status).toBe(415);
    expect((await upload(cookie, `uploads/${mine}/chat/x.html`, '<script>1</script>')).status).toBe(415);
  });

  it('serves an SVG the server stored as a sandboxed download, never as an image of the app’s origin', async () => {
    const saved = open.storage.saveNewUpload('exports/evil.svg', Buffer.from('<svg onload="alert(1)"/>'));
    const res = await fetch(saved?.tempFileURL ?? '');
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('answers 400 to a body that is not multipart', async () => {
    const res = await fetch(`${open.url}/local/upload`, { method: 'POST', headers: { cookie }, body: 'x' });
    expect(res.status).toBe(400);
  });
});

describe('GET /local/outbox', () => {
  const outbox = (cookie?: string, query = '') =>
    fetch(`${open.url}/local/outbox${query}`, { headers: cookie ? { cookie } : {} });

  it('needs a session and shows only the caller’s own messages', async () => {
    expect((await outbox()).status).toBe(401);
    const cookie = cookieOf(await signIn(open, 'demo-resident'));
    const mine = await outbox(cookie);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual({ messages: [] });
    expect((await outbox(cookie, '?touser=demo-resident')).status).toBe(200);
    expect((await outbox(cookie, '?touser=demo-admin')).status).toBe(403);
  });
});

describe('malformed requests answer 400 or 401, never a crash', () => {
  let errors: string[] = [];
  let restore: () => void = () => undefined;
  beforeEach(() => {
    errors = [];
    const log = open.ctx.log;
    open.ctx.log = (level, message) => {
      if (level === 'error') errors.push(message);
    };
    restore = () => {
      open.ctx.log = log;
    };
  });
  afterEach(() => {
    restore();
    expect(errors).toEqual([]);
  });

  it.each([
    'pmr_local=%E0%A4%A.abc',
    'pmr_local=%',
    'pmr_local=.',
    'pmr_local=demo-resident',
    'pmr_local',
    ';;=;',
  ])('a malformed cookie %s is 401', async (cookie) => {
    const res = await callWhoami(open, cookie);
    expect([cookie, res.status]).toEqual([cookie, 401]);
  });

  it.each(['%E0%A4%A', '..%2f..%2fsecret', 'a%00b', 'x'.repeat(100), ''])(
    'a malformed function name %s is 400',
    async (name) => {
      const cookie = cookieOf(await signIn(open, 'demo-resident'));
      const res = await fetch(`${open.url}/api/functions/${name}`, {
        method: 'POST',
        headers: { cookie },
        body: '{}',
      });
      expect([name, res.status]).toEqual([name, 400]);
    },
  );

  it.each(['not json', '[1,2]', 'null', '"demo-admin"', '{"openid":'])(
    'a malformed session body %s is 400 and sets no cookie',
    async (body) => {
      const res = await fetch(`${open.url}/local/session`, { method: 'POST', body });
      expect([body, res.status]).toEqual([body, 400]);
      expect(res.headers.get('set-cookie')).toBeNull();
    },
  );

  it('a malformed storage path is 400', async () => {
    expect((await rawGet(open.url, '/storage/file/%E0%A4%A?t=1&sign=x')).status).toBe(400);
  });
});
