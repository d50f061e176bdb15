import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, ensureWeappBuild } from './helpers/weapp-build';

jest.setTimeout(600_000);

/**
 * The weapp calls its functions in the environment the build names (TARO_APP_CLOUD_ENV; `local` for a test
 * build), never in whatever environment the account happens to default to.
 */
describe('wx.cloud.init in the weapp build', () => {
  it('names the environment from the build', async () => {
    await ensureWeappBuild();
    const app = readFileSync(join(distDir, 'app.js'), 'utf8');
    const env = process.env.TARO_APP_CLOUD_ENV || 'local';
    expect(app).toContain(`cloud.init({env:${JSON.stringify(env)}`);
  });
});
