import { dataOf, useAppCloud } from '../helpers/app-cloud';
import { localBackend } from './helpers/local-backend';
import { type SimulatedApp, startSimulatedApp, waitFor } from './helpers/simulate-app';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

// Declared before the cloud so that it runs first: the pages stop before the cloud does.
afterAll(() => app?.close());
const cloud = useAppCloud({ localSignIn: true });
const RESIDENT = 'demo-resident';
const MEDIATOR = 'demo-mediator-zhang';
let app: SimulatedApp;
let consultationId = '';

beforeAll(async () => {
  await ensureWeappBuild();
  const { loadDemoData } = await import('../../scripts/seed/load-demo-data');
  await loadDemoData(cloud.devcloud.ctx.envId);
  const mediators = dataOf<{ items: { id: string; name: string }[] }>(
    await cloud.call(RESIDENT, 'mediator', 'list', {}),
  );
  const started = dataOf<{ id: string }>(
    await cloud.call(RESIDENT, 'consultation', 'start', {
      disputeType: '婚姻家庭',
      description: '老二家这半年一直不肯接老人过去住，该怎么办？',
      mediatorId: mediators.items.find((m) => m.name === '张桂兰')?.id,
      clientKey: 'weapp-chat-test',
    }),
  );
  consultationId = started.id;
  app = startSimulatedApp(distDir, localBackend(cloud, RESIDENT));
}, 180_000);

describe('chat page (real weapp build in miniprogram-simulate)', () => {
  it("shows the mediator's reply arriving through database().watch() under the read rule", async () => {
    const page = app.renderPage('pages/chat/index', { id: consultationId });
    const text = () => page.dom?.textContent ?? '';
    await waitFor(() => text().includes('老二家这半年一直不肯接老人过去住'), 'the description');
    // The page has loaded its history; from here on only the watch can bring anything new.
    await waitFor(() => cloud.devcloud.realtime.count() >= 2, 'the messages and consultation watches');
    dataOf(
      await cloud.call(MEDIATOR, 'message', 'send', {
        consultationId,
        clientMsgId: 'weapp-chat-reply-1',
        text: '李大爷您好，这周三我约您家老二到村调解室谈谈。',
      }),
    );
    await waitFor(() => text().includes('这周三我约您家老二到村调解室谈谈'), 'the reply through watch()');
    expect(text()).not.toContain('实时更新');
  });
});
