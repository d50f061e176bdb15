import { uploadFolderOf } from '@contracts/uploads';
import {
  type OfficialAccountStandIn,
  startOfficialAccountStandIn,
  WeChatErrors,
} from '../../devcloud/official-account';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';

// The stand-in starts first: the functions' workers read its address from the environment when they start.
let oa: OfficialAccountStandIn;
beforeAll(async () => {
  oa = await startOfficialAccountStandIn();
  Object.assign(process.env, { PMR_OA_APPID: oa.appid, PMR_OA_SECRET: oa.secret, PMR_OA_API_BASE: oa.url });
});
afterAll(async () => {
  await oa?.close();
  for (const k of ['PMR_OA_APPID', 'PMR_OA_SECRET', 'PMR_OA_API_BASE']) delete process.env[k];
});
const app = useAppCloud();

interface View {
  id: string;
  status: string;
  official?: { status: string; error?: string; articleUrl?: string; attempts: number; publishId?: string };
}

const notice = {
  title: '法律援助申请指南',
  category: '法治宣传',
  body: '第一段 <申请条件>\n第二段：带上身份证。',
};
let admin: { openid: string; id: string };

beforeAll(async () => {
  admin = await app.createUser('admin');
});

async function publishToOfficial(title = notice.title): Promise<View> {
  const { id } = dataOf<View>(await app.call(admin.openid, 'notice', 'save', { ...notice, title }));
  return dataOf<View>(await app.call(admin.openid, 'notice', 'publish', { id, toOfficialAccount: true }));
}

const refresh = async (id: string) =>
  dataOf<View>(await app.call(admin.openid, 'notice', 'refreshOfficial', { id }));
const pathsSince = (mark: number) =>
  oa.state.log.slice(mark).map((l) => `${l.path.replace('/cgi-bin/', '')}:${l.errcode}`);

describe('publishing a notice to the official account', () => {
  it('uploads the cover, adds a draft, submits it and follows the job until it is published', async () => {
    const mark = oa.state.log.length;
    const view = await publishToOfficial();
    expect(view.status).toBe('published');
    expect(view.official).toMatchObject({ status: 'publishing', attempts: 1 });
    expect(pathsSince(mark)).toEqual([
      'token:0',
      'material/add_material:0',
      'draft/add:0',
      'freepublish/submit:0',
    ]);
    const [draft] = [...oa.state.drafts.values()].slice(-1);
    expect(draft).toEqual({
      title: notice.title,
      content: '<p>第一段 &lt;申请条件&gt;</p><p>第二段：带上身份证。</p>',
    });

    expect((await refresh(view.id)).official?.status).toBe('publishing');
    const run = await app.devcloud.triggers.runNow('notice', 'everyMinute');
    expect(run.ok).toBe(true);
    const done = dataOf<{ items: View[] }>(
      await app.call(admin.openid, 'notice', 'adminList', {}),
    ).items.find((n) => n.id === view.id);
    expect(done?.official).toMatchObject({
      status: 'published',
      articleUrl: expect.stringContaining('mp.weixin.qq.com'),
    });
  });

  it('uploads the notice’s own cover from cloud storage', async () => {
    const bytes = Buffer.alloc(2048, 7);
    const fileId = app.devcloud.storage.saveUpload(
      `${uploadFolderOf(admin.id, 'notice-cover')}cover-test.jpg`,
      bytes,
    );
    const { id } = dataOf<View>(
      await app.call(admin.openid, 'notice', 'save', {
        ...notice,
        title: '有封面',
        cover: { fileId },
      }),
    );
    dataOf(await app.call(admin.openid, 'notice', 'publish', { id, toOfficialAccount: true }));
    expect([...oa.state.materials.values()].slice(-1)).toEqual([2048]);
  });

  it('reuses the cached token', async () => {
    const mark = oa.state.log.length;
    await publishToOfficial('第二篇');
    expect(pathsSince(mark)).not.toContain('token:0');
  });

  it('gets a new token when the old one expires in the middle of a publish, and carries on', async () => {
    oa.state.expireAt.add('/cgi-bin/draft/add');
    const mark = oa.state.log.length;
    const view = await publishToOfficial('令牌中途过期');
    expect(view.official?.status).toBe('publishing');
    expect(pathsSince(mark)).toEqual([
      'material/add_material:0',
      'draft/add:42001',
      'token:0',
      'draft/add:0',
      'freepublish/submit:0',
    ]);
  });

  it('shows a failed publish job and publishes again on retry', async () => {
    oa.state.nextOutcomes.push(3);
    const view = await publishToOfficial('发布任务失败');
    await refresh(view.id);
    const failed = await refresh(view.id);
    expect(failed.official).toMatchObject({ status: 'failed', error: '公众号发布失败', attempts: 1 });

    const retried = dataOf<View>(await app.call(admin.openid, 'notice', 'retryOfficial', { id: view.id }));
    expect(retried.official).toMatchObject({ status: 'publishing', attempts: 2 });
    expect(retried.official?.publishId).not.toBe(failed.official?.publishId);
    await refresh(view.id);
    const published = await refresh(view.id);
    expect(published.official).toMatchObject({ status: 'published', attempts: 2 });
    expect(published.official?.error).toBeUndefined();

    const audit = await sdk(
      app.db.collection('audit_logs').where({ targetId: view.id, action: 'notice.retryOfficial' }).get(),
    );
    expect((audit as unknown as { data: { after: unknown }[] }).data[0]?.after).toEqual({
      official: 'publishing',
    });
    expect(codeOf(await app.call(admin.openid, 'notice', 'retryOfficial', { id: view.id }))).toBe('CONFLICT');
  });

  it('reports quota and bad media errors in the bureau’s words, and recovers on retry', async () => {
    oa.state.failNext('/cgi-bin/freepublish/submit', WeChatErrors.apiQuota);
    const quota = await publishToOfficial('额度用完');
    expect(quota.official).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('调用次数已达上限'),
    });

    oa.state.failNext('/cgi-bin/draft/add', WeChatErrors.badMediaId);
    const media = await publishToOfficial('封面无效');
    expect(media.official).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('封面素材无效'),
    });
    const retried = dataOf<View>(await app.call(admin.openid, 'notice', 'retryOfficial', { id: media.id }));
    expect(retried.official?.status).toBe('publishing');
  });

  it('submits once when a retry is tapped 20 times at once', async () => {
    oa.state.failNext('/cgi-bin/freepublish/submit', WeChatErrors.apiQuota);
    const view = await publishToOfficial('重试连点');
    expect(view.official?.status).toBe('failed');
    const mark = oa.state.log.length;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => app.call(admin.openid, 'notice', 'retryOfficial', { id: view.id })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map(codeOf))).toEqual(new Set(['CONFLICT']));
    expect(pathsSince(mark).filter((p) => p.startsWith('freepublish/submit'))).toHaveLength(1);
    const audits = await sdk(
      app.db.collection('audit_logs').where({ targetId: view.id, action: 'notice.retryOfficial' }).count(),
    );
    expect((audits as { total: number }).total).toBe(1);
  });

  it('sends a scheduled notice to the account when the timer publishes it', async () => {
    const { id } = dataOf<View>(
      await app.call(admin.openid, 'notice', 'save', { ...notice, title: '定时发到公众号' }),
    );
    const at = Date.now() + 3_600_000;
    const scheduled = dataOf<View>(
      await app.call(admin.openid, 'notice', 'publish', { id, at, toOfficialAccount: true }),
    );
    expect(scheduled.official?.status).toBe('pending');
    await sdk(
      app.db
        .collection('notices')
        .doc(id)
        .update({ data: { publishedAt: Date.now() - 1000 } }),
    );
    // One tick submits the copy and follows it once, as the separate follow-up job did a moment later.
    await app.devcloud.triggers.runNow('notice', 'everyMinute');
    const listed = dataOf<{ items: View[] }>(await app.call(admin.openid, 'notice', 'adminList', {}));
    expect(listed.items.find((n) => n.id === id)?.official?.status).toBe('publishing');
    expect((await refresh(id)).official?.status).toBe('published');
  });
});

describe('the official account stand-in', () => {
  const post = async (path: string, body: unknown, token = 'nope') => {
    const res = await fetch(`${oa.url}${path}?access_token=${token}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    return (await res.json()) as { errcode?: number };
  };

  it('refuses unknown tokens, wrong secrets and malformed requests as WeChat does', async () => {
    expect((await post('/cgi-bin/draft/add', { articles: [] })).errcode).toBe(40001);
    const bad = await fetch(
      `${oa.url}/cgi-bin/token?grant_type=client_credential&appid=${oa.appid}&secret=x`,
    );
    expect(((await bad.json()) as { errcode: number }).errcode).toBe(40125);
    const token = oa.state.issueToken(60);
    expect(
      (await post('/cgi-bin/draft/add', { articles: [{ title: 't', content: 'c' }] }, token)).errcode,
    ).toBe(47001);
    expect(
      (
        await post(
          '/cgi-bin/draft/add',
          { articles: [{ title: 't', content: 'c', thumb_media_id: 'x' }] },
          token,
        )
      ).errcode,
    ).toBe(40007);
    expect((await post('/cgi-bin/freepublish/submit', { media_id: 'nope' }, token)).errcode).toBe(40007);
  });
});
