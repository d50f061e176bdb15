import type { HeldItem } from '@contracts/moderation';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import { createMediator, eventually, key, startConsultation, stored } from '../helpers/consultation';
import { sdk } from '../helpers/devcloud';
import { decideHeldWith, inClientReadable } from '../helpers/moderation';
import { uploadAs } from '../helpers/uploads';

const app = useAppCloud();

type Msg = {
  id: string;
  status: string;
  text?: string;
  side: string;
  refusedReason?: string;
  photoUrl?: string;
};
const send = (who: string, consultationId: string, body: Record<string, unknown>) =>
  app.call(who, 'message', 'send', { consultationId, clientMsgId: key(), ...body });
const history = async (who: string, consultationId: string, extra: Record<string, unknown> = {}) =>
  dataOf<{ items: Msg[]; hasMore: boolean }>(
    await app.call(who, 'message', 'history', { consultationId, ...extra }),
  );
const unread = async (who: string, id: string) =>
  dataOf<{ unread: number }>(await app.call(who, 'consultation', 'get', { consultationId: id })).unread;

async function pair() {
  const m = await createMediator(app);
  const r = await app.createUser('resident');
  const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
  return { m, r, c };
}

/** A photo in the sender's own chat folder, as the app uploads it. */
const upload = (userId: string, name: string) => uploadAs(app, userId, 'chat', `${key()}-${name}`);

describe('chat messages', () => {
  it('delivers both ways with unread counts that rise and clear, and read marks', async () => {
    const { m, r, c } = await pair();
    expect(await unread(m.openid, c.id)).toBe(1);
    dataOf(await app.call(m.openid, 'message', 'markRead', { consultationId: c.id }));
    expect(await unread(m.openid, c.id)).toBe(0);
    dataOf(await send(m.openid, c.id, { text: '您好，请问是哪家的排水沟？' }));
    dataOf(await send(m.openid, c.id, { text: '方便发张照片吗' }));
    expect(await unread(r.openid, c.id)).toBe(2);
    expect((await history(r.openid, c.id)).items.map((x) => x.side)).toEqual([
      'resident',
      'mediator',
      'mediator',
    ]);
    dataOf(await app.call(r.openid, 'message', 'markRead', { consultationId: c.id }));
    const asMediator = dataOf<{ otherReadAt: number }>(
      await app.call(m.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(asMediator.otherReadAt).toBeGreaterThan(0);
    expect(await unread(r.openid, c.id)).toBe(0);
  });

  it('stores a message once however often (and however concurrently) it is resent', async () => {
    const { r, c } = await pair();
    const clientMsgId = key();
    const body = { consultationId: c.id, clientMsgId, text: '网不好，我再发一遍' };
    const all = await Promise.all([1, 2, 3].map(() => app.call(r.openid, 'message', 'send', body)));
    const again = dataOf<Msg>(await app.call(r.openid, 'message', 'send', body));
    expect(new Set(all.map((x) => dataOf<Msg>(x).id))).toEqual(new Set([again.id]));
    expect((await history(r.openid, c.id)).items.filter((x) => x.text === body.text)).toHaveLength(1);
  });

  it('refuses risky text, holds review text for the sender only until an admin decides', async () => {
    const { m, r, c } = await pair();
    const risky = await send(r.openid, c.id, { text: '村口有人代开发票' });
    expect(codeOf(risky)).toBe('CONTENT_RISKY');
    expect(risky.ok ? '' : risky.error.message).toMatch(/“代开发票”.*换个说法.*12348/);
    const held = dataOf<Msg>(await send(r.openid, c.id, { text: '你加微信聊吧' }));
    expect(held).toMatchObject({ status: 'review', text: '你加微信聊吧' });
    expect((await history(m.openid, c.id)).items.map((x) => x.text)).not.toContain('你加微信聊吧');
    expect((await history(r.openid, c.id)).items.map((x) => x.text)).toContain('你加微信聊吧');
    expect(await inClientReadable(app, '你加微信聊吧')).toEqual([]);
    expect(await unread(m.openid, c.id)).toBe(1);
    const admin = await app.createUser('admin');
    expect((await decideHeldWith(app, admin.openid, '你加微信聊吧', true)).status).toBe('approved');
    expect((await history(m.openid, c.id)).items.map((x) => x.text)).toContain('你加微信聊吧');
    expect(await unread(m.openid, c.id)).toBe(2);
    const item = dataOf<{ items: HeldItem[] }>(
      await app.call(admin.openid, 'moderation', 'list', { status: 'approved' }),
    ).items.find((i) => i.text === '你加微信聊吧');
    expect(
      codeOf(await app.call(admin.openid, 'moderation', 'decide', { id: item?.id, approve: false })),
    ).toBe('CONFLICT');
    const other = dataOf<Msg>(await send(r.openid, c.id, { text: 'review-word 再来一条' }));
    expect((await decideHeldWith(app, admin.openid, 'review-word 再来一条', false)).status).toBe('rejected');
    const own = (await history(r.openid, c.id)).items.find((x) => x.id === other.id);
    expect(own).toMatchObject({
      status: 'refused',
      text: 'review-word 再来一条',
      refusedReason: expect.stringContaining('审核未通过'),
    });
    expect((await history(m.openid, c.id)).items.map((x) => x.id)).not.toContain(other.id);
    expect(await inClientReadable(app, 'review-word 再来一条')).toEqual([]);
  });

  it('hides a photo from the other side until its check passes; a risky photo is refused with a reason', async () => {
    const { m, r, c } = await pair();
    const ok = dataOf<Msg>(
      await send(r.openid, c.id, { photo: { fileID: upload(r.id, 'drain.jpg'), size: 1000 } }),
    );
    expect(ok.status).toBe('checking');
    expect((await history(m.openid, c.id)).items.some((x) => x.id === ok.id)).toBe(false);
    const seen = await eventually(
      () => history(m.openid, c.id),
      (h) => h.items.some((x) => x.id === ok.id),
    );
    expect(seen.items.find((x) => x.id === ok.id)?.photoUrl).toMatch(/^http/);

    const bad = dataOf<Msg>(
      await send(r.openid, c.id, { photo: { fileID: upload(r.id, 'risky.jpg'), size: 1000 } }),
    );
    const mine = await eventually(
      () => history(r.openid, c.id),
      (h) => h.items.find((x) => x.id === bad.id)?.status === 'refused',
    );
    expect(mine.items.find((x) => x.id === bad.id)?.refusedReason).toContain('未通过');
    expect((await history(m.openid, c.id)).items.some((x) => x.id === bad.id)).toBe(false);
  });

  it('ignores a media verdict forged by a signed-in user', async () => {
    const { m, r, c } = await pair();
    const photo = dataOf<Msg>(
      await send(r.openid, c.id, { photo: { fileID: upload(r.id, 'risky-2.jpg'), size: 10 } }),
    );
    const traceId = String((await stored(app, 'messages', photo.id)).traceId);
    // The real push's shape; a client's call carries its own caller, not the push's FromUserName.
    const push = (fromUserName: string, trace: string) => ({
      ToUserName: 'gh_0000000local',
      FromUserName: fromUserName,
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: 'wx0000000000local',
      trace_id: trace,
      version: 2,
      result: { suggest: 'pass', label: '100' },
      detail: [{ strategy: 'content_model', errcode: 0, suggest: 'pass', label: '100', prob: 90 }],
    });
    const asCaller = (event: unknown) =>
      app.devcloud.functions.invoker.invoke('message', event, { openid: r.openid });
    for (const forged of [
      await asCaller(push('o-wechat-push', traceId)),
      // With the caller's own openid as FromUserName, only the trace tells: one nobody was issued.
      await asCaller(push(r.openid, 'a-guessed-trace-id')),
    ])
      expect(forged.ok && forged.result).toEqual({ handled: false });
    // The trace is in no answer and no client-readable document.
    expect(JSON.stringify(await history(r.openid, c.id))).not.toContain(traceId);
    expect(JSON.stringify(await stored(app, 'message_feed', photo.id))).not.toContain(traceId);
    await eventually(
      () => history(r.openid, c.id),
      (h) => h.items.find((x) => x.id === photo.id)?.status === 'refused',
    );
    expect((await history(m.openid, c.id)).items.some((x) => x.id === photo.id)).toBe(false);
  });

  it('pages history from the newest, oldest first within a page', async () => {
    const { r, c } = await pair();
    for (let i = 1; i <= 5; i++) dataOf(await send(r.openid, c.id, { text: `第${i}条` }));
    const first = await history(r.openid, c.id, { limit: 3 });
    expect(first.items.map((x) => x.text)).toEqual(['第3条', '第4条', '第5条']);
    expect(first.hasMore).toBe(true);
    const older = await history(r.openid, c.id, {
      limit: 3,
      before: dataOf<{ items: { createdAt: number }[] }>(
        await app.call(r.openid, 'message', 'history', { consultationId: c.id, limit: 3 }),
      ).items[0]!.createdAt,
    });
    expect(older.items.length).toBeGreaterThan(0);
    expect(older.items.every((x) => !['第4条', '第5条'].includes(x.text ?? ''))).toBe(true);
  });

  it('refuses over-long text and too many messages a minute, in Chinese', async () => {
    const { r, c } = await pair();
    const long = await send(r.openid, c.id, { text: '长'.repeat(1001) });
    expect(long.ok ? '' : long.error.message).toContain('不超过1000个字');
    expect(codeOf(await send(r.openid, c.id, { text: '  ' }))).toBe('BAD_REQUEST');
    // The limit counts the last minute, not the clock minute: 20 pass wherever the minute turns, the 21st not.
    const codes: string[] = [];
    for (let i = 0; i < 21; i++) codes.push(codeOf(await send(r.openid, c.id, { text: `消息${i}` })));
    expect(codes).toEqual([...Array.from({ length: 20 }, () => 'OK'), 'RATE_LIMITED']);
  });

  it('notifies the resident of a reply only when away from the chat, and only with a granted credit', async () => {
    const { m, r, c } = await pair();
    const tmpl = testTemplateIds.consultationReply;
    dataOf(await send(m.openid, c.id, { text: '在吗' })); // resident just started: still in the chat
    expect(app.devcloud.openapi.outbox(r.openid)).toHaveLength(0);
    dataOf(await app.call(r.openid, 'message', 'markRead', { consultationId: c.id, leaving: true }));
    dataOf(await send(m.openid, c.id, { text: '没有授权时不会发通知' }));
    expect(app.devcloud.openapi.outbox(r.openid)).toHaveLength(0);
    app.devcloud.openapi.grantSubscription(r.openid, tmpl, 1);
    dataOf(await send(m.openid, c.id, { text: '我已经联系了您的邻居，明天上午过去看看' }));
    const [sent] = app.devcloud.openapi.outbox(r.openid);
    expect(sent).toMatchObject({ templateId: tmpl, page: `pages/chat/index?id=${c.id}` });
    expect(JSON.stringify(sent?.data)).toContain('我已经联系了您的邻居');
    const records = await sdk(app.db.collection('notifications').where({ touser: r.openid }).get());
    expect((records as unknown as { data: { result: string }[] }).data.map((x) => x.result).sort()).toEqual([
      'no_credit',
      'sent',
    ]);
  });

  it('shows what a resident wrote while waiting to the mediator who takes it later', async () => {
    const m = await createMediator(app, { specialties: ['山林土地'], online: false });
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, { disputeType: '山林土地' });
    dataOf(await send(r.openid, c.id, { text: '补充：地是2008年承包的' }));
    dataOf(await app.call(m.openid, 'consultation', 'setOnline', { online: true }));
    expect((await history(m.openid, c.id)).items.map((x) => x.text)).toContain('补充：地是2008年承包的');
    expect(await unread(m.openid, c.id)).toBe(2);
  });
});
