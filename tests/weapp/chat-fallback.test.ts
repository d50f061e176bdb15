import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { localBackend } from './helpers/local-backend';
import { type SimulatedApp, startSimulatedApp, waitFor } from './helpers/simulate-app';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

// Declared before the cloud so that it runs first: the pages stop before the cloud does.
afterAll(async () => {
  await app?.close();
  await new Promise((ok) => refusing?.close(ok));
});
const cloud = useAppCloud({ localSignIn: true });
const RESIDENT = 'demo-resident';
const MEDIATOR = 'demo-mediator-zhang';
let app: SimulatedApp;
let refusing: Server;
let consultationId = '';

beforeAll(async () => {
  await ensureWeappBuild();
  const { loadDemoData } = await import('../../scripts/seed/load-demo-data');
  await loadDemoData(cloud.devcloud.ctx.envId);
  const mediators = dataOf<{ items: { id: string; name: string }[] }>(
    await cloud.call(RESIDENT, 'mediator', 'list', {}),
  );
  consultationId = dataOf<{ id: string }>(
    await cloud.call(RESIDENT, 'consultation', 'start', {
      disputeType: '邻里',
      description: '隔壁的排水沟把雨水引到我家院子里',
      mediatorId: mediators.items.find((m) => m.name === '张桂兰')?.id,
      clientKey: 'weapp-fallback-test',
    }),
  ).id;
  // A realtime channel that refuses every watch, as CloudBase does when a rule does not admit the query.
  refusing = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 'DATABASE_PERMISSION_DENIED', message: 'not a subset of the rule' }));
  });
  await new Promise<void>((ok) => refusing.listen(0, '127.0.0.1', ok));
  const backend = localBackend(cloud, RESIDENT);
  const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
  app = startSimulatedApp(distDir, { ...backend, realtime: { ...backend.realtime!, url } });
}, 180_000);

describe('a refused watch (real weapp build in miniprogram-simulate)', () => {
  it('says so in the chat and keeps it current by polling message.history', async () => {
    const page = app.renderPage('pages/chat/index', { id: consultationId });
    const text = () => page.dom?.textContent ?? '';
    await waitFor(() => text().includes('隔壁的排水沟把雨水引到我家院子里'), 'the description');
    await waitFor(() => text().includes('实时更新暂不可用'), 'the polling notice');
    dataOf(
      await cloud.call(MEDIATOR, 'message', 'send', {
        consultationId,
        clientMsgId: 'weapp-fallback-reply',
        text: '我下午去两家看看排水沟怎么改',
      }),
    );
    // Polling every 15 s: the reply comes with the next round.
    await waitFor(() => text().includes('我下午去两家看看排水沟怎么改'), 'the reply by polling', 40_000);
  }, 60_000);

  it('says so in the 咨询 list and keeps it current with the list action', async () => {
    const page = app.renderPage('pages/consult/index');
    const text = () => page.dom?.textContent ?? '';
    await waitFor(() => text().includes('实时更新暂不可用'), 'the polling notice');
    await waitFor(
      () => text().includes('我下午去两家看看排水沟怎么改'),
      'the consultation with its last reply',
    );
  }, 60_000);
});
