import { useAppCloud } from '../helpers/app-cloud';
import { localBackend } from './helpers/local-backend';
import { type SimulatedApp, startSimulatedApp, waitFor } from './helpers/simulate-app';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

// Declared before the cloud so that it runs first: the pages stop before the cloud does.
afterAll(() => app?.close());
const cloud = useAppCloud({ localSignIn: true });
let app: SimulatedApp;

beforeAll(async () => {
  await ensureWeappBuild();
  // The demo seed goes through the real SDK, which useAppCloud has pointed at this test's local cloud.
  const { loadDemoData } = await import('../../scripts/seed/load-demo-data');
  await loadDemoData(cloud.devcloud.ctx.envId);
  app = startSimulatedApp(distDir, localBackend(cloud, 'demo-resident'));
}, 180_000);

describe('home page (real weapp build in miniprogram-simulate)', () => {
  it('shows notices and mediators from the local cloud', async () => {
    const page = app.renderPage('pages/home/index');
    const text = () => page.dom?.textContent ?? '';
    await waitFor(() => text().includes('东山村人民调解室开放时间调整'), 'the latest notice');
    await waitFor(() => text().includes('张桂兰'), 'the mediators');
    expect(text()).toContain('在线咨询');
    expect(text()).toContain('预约调解');
    expect(text()).toContain('法律援助');
    expect(text()).toContain('刘德明');
    expect(text()).toMatch(/在线|离线/);
  });
});
