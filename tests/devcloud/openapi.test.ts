import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DevCloud, startDevCloud } from '../../devcloud/index';

const fixtures = join(__dirname, '..', 'fixtures', 'functions');
const verdicts = mkdtempSync(join(tmpdir(), 'devcloud-verdicts-'));
let cloud: DevCloud;

beforeAll(async () => {
  // Workers copy the parent's env at spawn: the verdict fixture finds its folder there.
  process.env.MEDIA_VERDICT_DIR = verdicts;
  cloud = await startDevCloud({
    dataDir: mkdtempSync(join(tmpdir(), 'devcloud-openapi-')),
    functionRoots: [fixtures],
    quiet: true,
    openapi: { mediaCheckCallback: 'mediaverdict', mediaCheckDelayMs: 200, reviewWords: ['私聊'] },
    gateway: { localSignIn: true },
  });
});
afterAll(() => cloud.close());

const call = (name: string, event: unknown, openid = 'o-resident') =>
  cloud.functions.invoker.invoke(name, event, { openid });

/** `POST /local/subscriptions` as `openid`, signed in through the gateway's local sign-in cookie. */
const subscribe = (openid: string, body: Record<string, unknown>) =>
  fetch(`${cloud.url}/local/subscriptions`, {
    method: 'POST',
    headers: { cookie: cloud.gateway.sessionCookieFor(openid).split(';')[0] ?? '' },
    body: JSON.stringify(body),
  });

describe('security.msgSecCheck through the real SDK', () => {
  it.each([
    ['邻居家的狗晚上一直叫', 'pass', 100],
    ['有事私聊我', 'review', 10001],
    ['有人代开发票', 'risky', 20006],
  ])('%s -> %s', async (content, suggest, label) => {
    const out = await call('seccheck', { content: `${content}${'。'.repeat(60)}` });
    expect(out).toMatchObject({ ok: true, result: { errCode: 0, result: { suggest, label } } });
    if (out.ok) expect(out.result).toHaveProperty('traceId');
  });

  it('names the word it found, so a refusal can say what to change', async () => {
    const out = await call('seccheck', { content: '有人代开发票' });
    expect(JSON.stringify(out)).toContain('代开发票');
  });
});

describe('security.mediaCheckAsync', () => {
  const waitFor = async (file: string) => {
    for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
    return JSON.parse(readFileSync(file, 'utf8')) as { event: Record<string, unknown>; openid: string };
  };
  it.each([
    ['https://example.com/photo.jpg', 'pass'],
    ['https://example.com/risky-photo.jpg', 'risky'],
  ])('%s: verdict %s arrives later as wxa_media_check', async (url, suggest) => {
    const out = await call('mediacheck', { url });
    if (!out.ok) throw new Error(out.errMsg);
    const traceId = (out.result as { traceId: string }).traceId;
    expect(cloud.openapi.mediaCheck(traceId)).toMatchObject({ suggest: null });
    const { event, openid } = await waitFor(join(verdicts, `${traceId}.json`));
    // Exactly the fields of a real push (no userInfo, no errcode), and the context filled from FromUserName.
    expect(Object.keys(event).sort()).toEqual(
      [
        'ToUserName',
        'FromUserName',
        'CreateTime',
        'MsgType',
        'Event',
        'appid',
        'trace_id',
        'version',
        'result',
        'detail',
      ].sort(),
    );
    expect(event).toMatchObject({
      MsgType: 'event',
      Event: 'wxa_media_check',
      FromUserName: 'o-resident',
      trace_id: traceId,
      version: 2,
      result: { suggest, label: expect.any(String) },
      detail: [expect.objectContaining({ strategy: 'content_model', suggest })],
    });
    expect(openid).toBe('o-resident');
    expect(cloud.openapi.mediaCheck(traceId)).toMatchObject({ suggest });
  });
});

describe('subscribeMessage.send', () => {
  const tmpl = 'TMPL_CASE_UPDATE';
  const data = {
    thing1: { value: '噪音纠纷' },
    phrase2: { value: '已受理' },
    time3: { value: '2024-05-01 10:00' },
  };

  it('refuses with 43101 without credit, sends once per credit, records the outbox', async () => {
    const touser = 'o-sub-1';
    expect(await call('notify', { touser, templateId: tmpl, data })).toMatchObject({
      result: { errCode: 43101 },
    });
    const res = await subscribe(touser, { tmplIds: [tmpl] });
    expect(await res.json()).toMatchObject({ [tmpl]: 'accept' });
    const sent = await call('notify', { touser, templateId: tmpl, data });
    expect(sent).toMatchObject({ ok: true, result: { errCode: 0 } });
    expect(await call('notify', { touser, templateId: tmpl, data })).toMatchObject({
      result: { errCode: 43101 },
    });
    const cookie = cloud.gateway.sessionCookieFor(touser).split(';')[0] ?? '';
    const outbox = (await (await fetch(`${cloud.url}/local/outbox`, { headers: { cookie } })).json()) as {
      messages: unknown[];
    };
    expect(outbox.messages).toEqual([
      expect.objectContaining({ touser, templateId: tmpl, data, page: 'pages/case/index?id=1' }),
    ]);
    expect(cloud.openapi.outbox(touser)).toHaveLength(1);
  });

  it('grants credits only to the signed-in caller, never to an openid in the body', async () => {
    const anonymous = await fetch(`${cloud.url}/local/subscriptions`, {
      method: 'POST',
      body: JSON.stringify({ openid: 'o-victim', tmplIds: [tmpl] }),
    });
    expect(anonymous.status).toBe(401);
    const forged = await fetch(`${cloud.url}/local/subscriptions`, {
      method: 'POST',
      headers: { cookie: 'pmr_local=o-victim.not-a-signature' },
      body: JSON.stringify({ tmplIds: [tmpl] }),
    });
    expect(forged.status).toBe(401);
    const res = await subscribe('o-sub-3', { openid: 'o-victim', tmplIds: [tmpl], count: 2 });
    expect(res.status).toBe(200);
    expect(cloud.openapi.credits('o-sub-3', tmpl)).toBe(2);
    expect(cloud.openapi.credits('o-victim', tmpl)).toBe(0);
  });

  it('refuses a too long thing with 47003 and keeps the credit', async () => {
    const touser = 'o-sub-2';
    cloud.openapi.grantSubscription(touser, tmpl, 1);
    const long = { ...data, thing1: { value: '这是一个超过二十个字符的事项描述文字会被微信拒绝的' } };
    expect(await call('notify', { touser, templateId: tmpl, data: long })).toMatchObject({
      result: { errCode: 47003 },
    });
    expect(cloud.openapi.credits(touser, tmpl)).toBe(1);
  });
});

describe('wxacode.getUnlimited', () => {
  const make = async (args: Record<string, unknown>) =>
    (await call('wxacode', args)) as unknown as { ok: boolean; result: Record<string, unknown> };

  it('answers a PNG through the real SDK for a valid scene and page', async () => {
    const out = await make({ scene: 'c=ABCD2345', page: 'package-case/pages/code/index', checkPath: false });
    expect(out.result).toMatchObject({ contentType: 'image/png', head: 'PNG' });
  });

  it.each([
    ['a scene over 32 characters', { scene: 'c='.padEnd(33, 'A'), checkPath: false }, 40169],
    ['a scene with a character WeChat refuses', { scene: 'c=案件', checkPath: false }, 40097],
    ['a page that starts with /', { scene: 'c=1', page: '/pages/home/index', checkPath: false }, 41030],
    ['an unknown env_version', { scene: 'c=1', envVersion: 'beta', checkPath: false }, 40097],
    [
      'a page not released while check_path is on (the default)',
      { scene: 'c=1', page: 'package-case/pages/code/index' },
      41030,
    ],
  ])('refuses %s as WeChat does', async (_what, args, errCode) => {
    expect((await make(args)).result).toMatchObject({ errCode });
  });
});
