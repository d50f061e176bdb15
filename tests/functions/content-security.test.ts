import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Consultation } from '@contracts/consultation';
import { heldTexts } from '@contracts/moderation';
import { createRealtimeModule } from '../../devcloud/realtime/module';
import { createHttpServer } from '../../devcloud/server/http-server';
import { codeOf, dataOf, useAppCloud } from '../helpers/app-cloud';
import { createMediator, key, startConsultation } from '../helpers/consultation';
import { decideHeldWith, inClientReadable } from '../helpers/moderation';

/**
 * What a resident meets when content security looks at their words: a genuine complaint is held for a
 * person, never refused; a refusal says what to change and where to call; held text reaches no client
 * through any document or the realtime channel; invisible characters never reach storage.
 */
const app = useAppCloud();
jest.setTimeout(60_000);

let watchBase = '';
let closeWatch: () => Promise<void> = async () => {};
beforeAll(async () => {
  // The local cloud's realtime channel under the read rules of database/collections.json, with the
  // caller named by a header instead of the h5 sign-in cookie.
  const realtime = createRealtimeModule(app.devcloud.ctx, app.devcloud.database.reader, (req) => ({
    openid: String(req.headers['x-openid'] ?? '') || undefined,
  }));
  const server = createHttpServer(app.devcloud.ctx, [realtime]);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  realtime.start();
  watchBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeWatch = async () => {
    realtime.stop();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
});
afterAll(() => closeWatch());

/** The first snapshot of a realtime watch, as the h5 client's EventSource receives it. */
function firstSnapshot(openid: string, collection: string, where: Record<string, string>): Promise<string> {
  const query = new URLSearchParams({ collection, where: JSON.stringify(where), limit: '50' });
  return new Promise((ok, fail) => {
    const req = get(
      `${watchBase}/api/realtime/watch?${query}`,
      { headers: { 'x-openid': openid } },
      (res) => {
        let buffer = '';
        if (res.statusCode !== 200)
          res.on('end', () => fail(new Error(`watch ${res.statusCode}: ${buffer}`)));
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const end = buffer.indexOf('\n\n');
          if (end < 0 || res.statusCode !== 200) return;
          req.destroy();
          ok(buffer.slice(0, end));
        });
      },
    );
    req.on('error', (e) => (req.destroyed ? undefined : fail(e)));
  });
}

describe('a genuine complaint', () => {
  const complaint = '我儿子赌博欠了十几万，债主天天上门要钱，家里过不下去了';

  it('is held for a person, not refused; the mediator sees it once approved', async () => {
    const m = await createMediator(app, { specialties: ['婚姻家庭'] });
    const r = await app.createUser('resident');
    const c = await startConsultation(app, r.openid, {
      disputeType: '婚姻家庭',
      description: complaint,
      mediatorId: m.mediatorId,
    });
    const own = dataOf<Consultation>(
      await app.call(r.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(own).toMatchObject({ description: complaint, held: [{ field: 'description', status: 'held' }] });
    const theirs = dataOf<Consultation>(
      await app.call(m.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(theirs.description).toBe(heldTexts.pending);
    expect(await inClientReadable(app, '债主天天上门')).toEqual([]);
    // The chat's watch, as each side opens it: the writer's own feed has the held message without its words.
    const mine = await firstSnapshot(r.openid, 'message_feed', {
      consultationId: c.id,
      residentOpenid: r.openid,
    });
    expect(mine).toContain('"status":"review"');
    expect(mine).not.toContain('债主天天上门');
    const feed = { consultationId: c.id, mediatorOpenid: m.openid };
    expect(await firstSnapshot(m.openid, 'message_feed', feed)).not.toContain('债主天天上门');

    const admin = await app.createUser('admin');
    await decideHeldWith(app, admin.openid, '债主天天上门', true);
    const after = dataOf<Consultation>(
      await app.call(m.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(after.description).toBe(complaint);
    const history = dataOf<{ items: { text?: string }[] }>(
      await app.call(m.openid, 'message', 'history', { consultationId: c.id }),
    );
    expect(history.items.map((x) => x.text)).toContain(complaint);
    expect(await firstSnapshot(m.openid, 'message_feed', feed)).toContain('债主天天上门');
  });

  it('a rejected description never reaches the mediator; its writer still sees it, marked', async () => {
    const m = await createMediator(app, { specialties: ['邻里'] });
    const r = await app.createUser('resident');
    const words = '隔壁总叫我加微信买东西，吵得不行';
    const c = await startConsultation(app, r.openid, { description: words, mediatorId: m.mediatorId });
    const admin = await app.createUser('admin');
    await decideHeldWith(app, admin.openid, words, false);
    const theirs = dataOf<Consultation>(
      await app.call(m.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(theirs.description).toBe(heldTexts.rejected);
    const own = dataOf<Consultation>(
      await app.call(r.openid, 'consultation', 'get', { consultationId: c.id }),
    );
    expect(own).toMatchObject({ description: words, held: [{ field: 'description', status: 'rejected' }] });
    expect(await inClientReadable(app, words)).toEqual([]);
  });

  it('a refusal names the words to change and gives a number to call; nothing is stored', async () => {
    const r = await app.createUser('resident');
    const res = await app.call(r.openid, 'consultation', 'start', {
      disputeType: '劳动争议',
      description: '老板不给工资，让我找人代开发票',
      clientKey: key(),
    });
    expect(codeOf(res)).toBe('CONTENT_RISKY');
    const message = res.ok ? '' : res.error.message;
    expect(message).toContain('咨询描述');
    expect(message).toContain('代开发票');
    expect(message).toContain('12348');
    expect(await inClientReadable(app, '让我找人代开发票')).toEqual([]);
  });
});

describe('invisible characters', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a right-to-left override', '\u202e'],
    ['bidi isolates and a BOM', '\u2066\u2069\ufeff'],
    ['Hangul fillers', '\u3164\uffa0'],
  ])('a nickname of only %s is refused as empty', async (_name, nickname) => {
    const r = await app.createUser('resident');
    const res = await app.call(r.openid, 'user', 'updateProfile', { nickname });
    expect(codeOf(res)).toBe('BAD_REQUEST');
    expect(res.ok ? {} : res.error.fields).toHaveProperty('nickname', '请填写称呼');
  });

  it('are stripped from every stored text: a nickname, a chat message', async () => {
    const m = await createMediator(app);
    const r = await app.createUser('resident');
    const me = dataOf(await app.call(r.openid, 'user', 'updateProfile', { nickname: '张\u200b三\u202e' }));
    expect(me).toMatchObject({ nickname: '张三' });
    const c = await startConsultation(app, r.openid, { mediatorId: m.mediatorId });
    const sent = dataOf<{ text: string }>(
      await app.call(r.openid, 'message', 'send', {
        consultationId: c.id,
        clientMsgId: key(),
        text: '明天\u2067上午\u2069来\u200d',
      }),
    );
    expect(sent.text).toBe('明天上午来');
  });
});
