import { messageFeedOf } from '@server/consultation/feed';
import type { MessageDoc } from '@server/consultation/models';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, eventually, key, startConsultation } from '../helpers/consultation';
import { clientDatabase, type WatchError, type WatchSnapshot } from '../weapp/helpers/client-database';

const app = useAppCloud({ localSignIn: true });

/** Fields a client-readable document may carry; the openids among them are its readers, nothing else. */
const MESSAGE_FIELDS = [
  '_id',
  'consultationId',
  'residentOpenid',
  'mediatorOpenid',
  'clientMsgId',
  'side',
  'kind',
  'text',
  'photoUrl',
  'status',
  'refusedReason',
  'createdAt',
];
const CONSULTATION_FIELDS = ['_id', 'residentOpenid', 'mediatorOpenid', 'changedAt'];

/** Opens a watch as `openid` through the local cloud's realtime channel, as the mini-program would. */
function watchAs(openid: string, collection: string, where: Record<string, unknown>) {
  const snapshots: WatchSnapshot[] = [];
  const errors: WatchError[] = [];
  const db = clientDatabase({
    url: app.devcloud.url,
    cookie: app.devcloud.gateway.sessionCookieFor(openid).split(';')[0] as string,
  });
  const watcher = db
    .collection(collection)
    .where(where)
    .limit(50)
    .watch({ onChange: (s) => snapshots.push(s), onError: (e) => errors.push(e) });
  const latest = () => snapshots[snapshots.length - 1]?.docs ?? [];
  const settled = () =>
    eventually(
      async () => snapshots.length + errors.length,
      (n) => n > 0,
    );
  return { snapshots, errors, latest, settled, close: () => watcher.close() };
}

async function consultationWithMessages() {
  const m = await createMediator(app);
  const r = await app.createUser('resident');
  const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
  const send = (openid: string, text: string) =>
    app.call(openid, 'message', 'send', { consultationId: c.id, clientMsgId: key(), text });
  dataOf(await send(m.openid, '您好，我下午过去看看'));
  dataOf(await send(r.openid, '好的 review-word'));
  return { m, r, c, send };
}

describe('client-readable collections', () => {
  it("admits the chat's watch in the new shape and gives each reader only their messages' shown fields", async () => {
    const { m, r, c } = await consultationWithMessages();
    const resident = watchAs(r.openid, 'message_feed', { consultationId: c.id, residentOpenid: '{openid}' });
    const mediator = watchAs(m.openid, 'message_feed', { consultationId: c.id, mediatorOpenid: '{openid}' });
    await resident.settled();
    await mediator.settled();
    expect(resident.errors).toEqual([]);
    expect(mediator.errors).toEqual([]);
    // The resident sees all three (their held one as held); the mediator not the held one.
    expect(
      resident
        .latest()
        .map((d) => d.status)
        .sort(),
    ).toEqual(['review', 'sent', 'sent']);
    expect(mediator.latest().map((d) => d.text)).not.toContain('好的 review-word');
    for (const doc of [...resident.latest(), ...mediator.latest()]) {
      for (const field of Object.keys(doc)) expect(MESSAGE_FIELDS).toContain(field);
      const openids = Object.values(doc).filter((v) => typeof v === 'string' && v.startsWith('test-'));
      expect(openids.every((o) => o === doc.residentOpenid || o === doc.mediatorOpenid)).toBe(true);
    }
    await resident.close();
    await mediator.close();
  });

  it('admits the inbox and chat header watches on consultation_feed, which is only a change signal', async () => {
    const { m, r, c, send } = await consultationWithMessages();
    const inbox = watchAs(m.openid, 'consultation_feed', { mediatorOpenid: '{openid}' });
    const header = watchAs(r.openid, 'consultation_feed', { _id: c.id, residentOpenid: '{openid}' });
    await inbox.settled();
    await header.settled();
    expect(inbox.errors).toEqual([]);
    expect(header.latest()).toHaveLength(1);
    for (const doc of [...inbox.latest(), ...header.latest()])
      expect(Object.keys(doc).sort()).toEqual([...CONSULTATION_FIELDS].sort());
    const before = inbox.snapshots.length;
    dataOf(await send(r.openid, '还在吗'));
    await eventually(
      async () => inbox.snapshots.length,
      (n) => n > before,
    );
    expect(inbox.snapshots.length).toBeGreaterThan(before);
    await inbox.close();
    await header.close();
  });

  it('refuses the old shapes: the server-only collections, in doc.visibleTo, and {openid} in a command', async () => {
    const { r, c } = await consultationWithMessages();
    const refused = [
      watchAs(r.openid, 'messages', { consultationId: c.id, visibleTo: '{openid}' }),
      watchAs(r.openid, 'consultations', { residentOpenid: '{openid}' }),
      watchAs(r.openid, 'message_feed', { consultationId: c.id, residentOpenid: { $in: ['{openid}'] } }),
      watchAs(r.openid, 'message_feed', { consultationId: c.id }),
    ];
    for (const w of refused) {
      await w.settled();
      expect(w.snapshots).toEqual([]);
      expect(w.errors).toEqual([expect.objectContaining({ errCode: -502003 })]);
    }
  });

  it('projects a stored photo message without its file id, check trace, sender id or flags', () => {
    const stored: MessageDoc = {
      _id: 'm1',
      consultationId: 'c1',
      clientMsgId: 'k1',
      side: 'resident',
      senderId: 'user-1',
      residentOpenid: 'o-r',
      mediatorOpenid: '',
      kind: 'photo',
      fileID: 'cloud://env/chat/o-r/a.jpg',
      photoUrl: 'https://tmp/a.jpg',
      traceId: 'trace-1',
      status: 'refused',
      refusedReason: '图片未通过安全检查',
      isDescription: false,
      createdAt: 1,
    };
    const shown = messageFeedOf(stored);
    expect(Object.keys(shown).every((k) => MESSAGE_FIELDS.includes(k))).toBe(true);
    expect(JSON.stringify(shown)).not.toMatch(/cloud:\/\/|trace-1|user-1|tmp\/a\.jpg/);
  });
});
