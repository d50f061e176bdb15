import { insertDocs } from '../../devcloud/db/writer';
import { dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();
const template = testTemplateIds.noticePublished;

interface View {
  id: string;
  push?: { status: string; sent: number; noCredit: number; failed: number };
}

const notice = { title: '冬季防火安全提示', category: '通知公告', body: '请注意用火用电安全。' };

async function publishWithPush(admin: string, title: string): Promise<View> {
  const { id } = dataOf<View>(await app.call(admin, 'notice', 'save', { ...notice, title }));
  return dataOf<View>(await app.call(admin, 'notice', 'publish', { id, pushSubscribers: true }));
}

describe('reminding subscribed residents of a new notice', () => {
  it('sends one reminder per allowed credit and keeps the count with WeChat', async () => {
    const admin = await app.createUser('admin');
    const [a, b, c] = [
      await app.createUser('resident'),
      await app.createUser('resident'),
      await app.createUser('resident'),
    ];
    for (const r of [a, b, c]) {
      expect(dataOf(await app.call(r.openid, 'notice', 'subscribe', { accepted: true }))).toEqual({
        subscribed: true,
      });
    }
    // WeChat granted a and b; c's allow never reached WeChat, so the send is refused with 43101.
    app.devcloud.openapi.grantSubscription(a.openid, template);
    app.devcloud.openapi.grantSubscription(b.openid, template);

    const view = await publishWithPush(admin.openid, '冬季防火安全提示');
    expect(view.push).toEqual({ status: 'done', sent: 2, noCredit: 1, failed: 0 });
    const sent = app.devcloud.openapi.outbox().filter((m) => m.templateId === template);
    expect(sent.map((m) => m.touser).sort()).toEqual([a.openid, b.openid].sort());
    expect(sent[0]).toMatchObject({ page: `package-info/pages/notice-detail/index?id=${view.id}` });

    // Every credit is used: the next notice reminds nobody, and the page offers to subscribe again.
    expect((await publishWithPush(admin.openid, '第二条')).push).toEqual({
      status: 'done',
      sent: 0,
      noCredit: 0,
      failed: 0,
    });
    expect(dataOf(await app.call(a.openid, 'notice', 'subscribe', { accepted: false }))).toEqual({
      subscribed: false,
    });
  });

  it('sends to many subscribers in batches, the timer carrying on where the last batch stopped', async () => {
    const admin = await app.createUser('admin');
    const openids = Array.from({ length: 55 }, (_, i) => `bulk-${String(i).padStart(2, '0')}`);
    insertDocs(
      app.devcloud.database.engine,
      'subscribe_credits',
      openids.map((openid) => ({
        _id: `${openid}:noticePublished`,
        openid,
        purpose: 'noticePublished',
        credits: 1,
        updatedAt: 0,
      })),
    );
    for (const openid of openids) app.devcloud.openapi.grantSubscription(openid, template);
    const first = await publishWithPush(admin.openid, '批量提醒');
    expect(first.push).toEqual({ status: 'pending', sent: 50, noCredit: 0, failed: 0 });
    await app.devcloud.triggers.runNow('notice', 'everyMinute');
    const { items } = dataOf<{ items: View[] }>(await app.call(admin.openid, 'notice', 'adminList', {}));
    expect(items.find((n) => n.id === first.id)?.push).toEqual({
      status: 'done',
      sent: 55,
      noCredit: 0,
      failed: 0,
    });
    const bulk = app.devcloud.openapi.outbox().filter((m) => m.touser.startsWith('bulk-'));
    expect(new Set(bulk.map((m) => m.touser)).size).toBe(55);
    expect(bulk).toHaveLength(55);
  });
});
