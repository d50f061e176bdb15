import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildFunctions } from '../../scripts/build-functions';
import { startDevCloud } from '../index';

/**
 * `npm run bench:chat`: what a chat costs on the local cloud with the real function bundles.
 * 1. Delivery latency: the resident sends through the h5 gateway (as the app does); the clock stops when the
 *    mediator's realtime stream (SSE, the h5 stand-in for watch()) delivers the message. p50/p99 over N sends.
 * 2. Opening a chat with 1,000 messages of history: the first page (message.history) and the watch's first
 *    snapshot, each timed over several opens.
 */
const SENDS = Number(process.env.SENDS ?? 100);
const OPENS = 20;
const RESIDENT = 'demo-resident';
const MEDIATOR = 'demo-mediator-liu';

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  await buildFunctions({ quiet: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-chat-'));
  Object.assign(process.env, { PMR_FIELD_KEY: randomBytes(32).toString('base64'), PMR_ADMIN_OPENIDS: '' });
  const cloud = await startDevCloud({
    dataDir,
    quiet: true,
    gateway: { localSignIn: true },
    openapi: { mediaCheckCallback: 'message' },
  });
  Object.assign(process.env, cloud.sdkEnv);
  const { loadDemoData } = await import('../../scripts/seed/load-demo-data');
  await loadDemoData(cloud.ctx.envId);
  const cookie = (openid: string) => cloud.gateway.sessionCookieFor(openid).split(';')[0] ?? '';

  const call = async (openid: string, fn: string, action: string, payload: object) => {
    const res = await fetch(`${cloud.url}/api/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie(openid) },
      body: JSON.stringify({ action, payload }),
    });
    const body = (await res.json()) as { result: { ok: boolean; data: Record<string, unknown> } };
    if (!body.result?.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(body)}`);
    return body.result.data;
  };
  /** Opens the mediator's SSE watch; `onEvent` gets each snapshot's docs. Resolves once connected. */
  const watch = (where: object, onEvent: (docs: Record<string, unknown>[]) => void) =>
    new Promise<http.ClientRequest>((ok) => {
      const q = new URLSearchParams({
        collection: 'message_feed',
        where: JSON.stringify(where),
        orderBy: 'createdAt:desc',
        limit: '30',
      });
      const req = http.get(
        `${cloud.url}/api/realtime/watch?${q}`,
        { headers: { cookie: cookie(MEDIATOR) } },
        (res) => {
          let buf = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buf += chunk;
            for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
              const frame = buf.slice(0, i);
              buf = buf.slice(i + 2);
              if (frame.startsWith('data: '))
                onEvent((JSON.parse(frame.slice(6)) as { docs: Record<string, unknown>[] }).docs);
            }
          });
          ok(req);
        },
      );
    });

  const [liu] = (await cloud.database.reader.find('mediators', { openid: MEDIATOR }, { limit: 1 })) as {
    _id: string;
  }[];
  const sdk = (await import('wx-server-sdk')).default;
  sdk.init({ env: cloud.ctx.envId });
  // Room for every bench conversation at once; the queue is not what is measured here.
  await sdk
    .database()
    .collection('mediators')
    .doc(String(liu?._id))
    .update({ data: { capacity: 50 } });
  const start = (resident: string, key: string) =>
    call(resident, 'consultation', 'start', {
      disputeType: '邻里',
      description: '邻居家的排水沟堵了',
      mediatorId: liu?._id,
      clientKey: key,
    });

  // 1. Delivery latency. Several residents share the sends: each stays under the per-user message limit.
  const residents = Array.from({ length: Math.ceil(SENDS / 18) }, (_, i) => `local-bench-${i}-${Date.now()}`);
  const chats: { resident: string; id: string }[] = [];
  for (const resident of residents) {
    await call(resident, 'user', 'login', {});
    chats.push({ resident, id: String((await start(resident, `bench-${resident}`)).id) });
  }
  const arrived = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const stream = await watch({ mediatorOpenid: '{openid}' }, (docs) => {
    for (const d of docs) {
      const id = String(d.clientMsgId);
      if (!arrived.has(id)) arrived.set(id, performance.now());
      waiters.get(id)?.();
    }
  });
  const latencies: number[] = [];
  for (let i = 0; i < SENDS; i++) {
    const chat = chats[i % chats.length]!;
    const clientMsgId = `bench-msg-${i}-${Date.now()}`;
    const seen = new Promise<void>((ok) => waiters.set(clientMsgId, ok));
    const t0 = performance.now();
    await call(chat.resident, 'message', 'send', {
      consultationId: chat.id,
      clientMsgId,
      text: `第${i}条：情况是这样的`,
    });
    await seen;
    latencies.push((arrived.get(clientMsgId) ?? performance.now()) - t0);
  }
  stream.destroy();
  latencies.sort((a, b) => a - b);

  // 2. A chat with 1,000 messages: stored straight through the database, then opened as the app opens it.
  const big = await start(RESIDENT, `bench-big-${Date.now()}`);
  const now = Date.now();
  for (let i = 0; i < 1000; i++) {
    // The stored message and its client-readable projection (server/consultation/feed.ts), as the function writes them.
    const shown = {
      consultationId: big.id,
      residentOpenid: RESIDENT,
      mediatorOpenid: MEDIATOR,
      clientMsgId: `hist-${i}`,
      side: i % 2 ? 'mediator' : 'resident',
      kind: 'text',
      text: `历史消息${i}`,
      status: 'sent',
      createdAt: now - 1_000_000 + i * 1000,
    };
    const added = (await sdk
      .database()
      .collection('messages')
      .add({ data: { ...shown, senderId: 'x' } })) as {
      _id: string;
    };
    await sdk.database().collection('message_feed').doc(added._id).set({ data: shown });
  }
  const historyMs: number[] = [];
  const initMs: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    let t0 = performance.now();
    const page = (await call(MEDIATOR, 'message', 'history', { consultationId: big.id })) as {
      items: unknown[];
    };
    historyMs.push(performance.now() - t0);
    if (page.items.length !== 30) throw new Error(`first page had ${page.items.length} messages`);
    t0 = performance.now();
    await new Promise<void>((ok) => {
      void watch({ consultationId: big.id, mediatorOpenid: '{openid}' }, () => {
        initMs.push(performance.now() - t0);
        ok();
      }).then((req) => setTimeout(() => req.destroy(), 50));
    });
  }
  historyMs.sort((a, b) => a - b);
  initMs.sort((a, b) => a - b);

  const f = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`chat delivery over the local realtime channel (${SENDS} sends, gateway -> function -> SSE):`);
  console.log(
    `  p50 ${f(pct(latencies, 50))}   p99 ${f(pct(latencies, 99))}   max ${f(latencies[latencies.length - 1] ?? 0)}`,
  );
  console.log(`opening a chat with 1,000 messages (first page of 30, ${OPENS} opens):`);
  console.log(`  message.history  p50 ${f(pct(historyMs, 50))}   p99 ${f(pct(historyMs, 99))}`);
  console.log(`  watch first snapshot  p50 ${f(pct(initMs, 50))}   p99 ${f(pct(initMs, 99))}`);
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
