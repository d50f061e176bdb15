import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useDevCloud } from '../helpers/devcloud';

/** A function whose config.json declares two timers, which WeChat would refuse to deploy. */
const roots = mkdtempSync(join(tmpdir(), 'devcloud-config-'));
mkdirSync(join(roots, 'twotimers'));
writeFileSync(join(roots, 'twotimers', 'index.js'), 'exports.main = async () => ({ ran: true });\n');
writeFileSync(
  join(roots, 'twotimers', 'config.json'),
  JSON.stringify({
    triggers: [
      { name: 'first', type: 'timer', config: '0 * * * * * *' },
      { name: 'second', type: 'timer', config: '30 * * * * * *' },
    ],
  }),
);

const cloud = useDevCloud({ functionRoots: [roots] });

describe('a config.json WeChat would refuse', () => {
  it('is refused by the local cloud too: neither called nor triggered', async () => {
    const called = await cloud.devcloud.functions.invoker.invoke('twotimers', {}, { openid: 'someone' });
    expect(called).toMatchObject({ ok: false, errMsg: expect.stringContaining('one trigger per function') });
    const fired = await cloud.devcloud.triggers.runNow('twotimers', 'first');
    expect(fired).toMatchObject({ ok: false, errMsg: expect.stringContaining('one trigger per function') });
  });
});
