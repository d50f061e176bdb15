import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWeChatCron } from '../../devcloud/functions/wechat-cron';
import { type DevCloud, startDevCloud } from '../../devcloud/index';
import { createTriggersModule } from '../../devcloud/triggers/module';

const fixtures = join(__dirname, '..', 'fixtures', 'functions');
const tickDir = mkdtempSync(join(tmpdir(), 'devcloud-ticks-'));
let cloud: DevCloud;

beforeAll(async () => {
  process.env.TICK_DIR = tickDir;
  cloud = await startDevCloud({
    dataDir: mkdtempSync(join(tmpdir(), 'devcloud-trg-')),
    functionRoots: [fixtures],
    quiet: true,
  });
});
afterAll(() => cloud.close());

const ticks = () =>
  existsSync(join(tickDir, 'ticks.jsonl'))
    ? readFileSync(join(tickDir, 'ticks.jsonl'), 'utf8').trim().split('\n').filter(Boolean).length
    : 0;

describe('timer triggers', () => {
  const make = (schedule: boolean) =>
    createTriggersModule(cloud.ctx, cloud.functions.invoker, { schedule, functionRoots: [fixtures] });

  it('runs a trigger now with the timer event and no user', async () => {
    const out = await make(false).runNow('tick', 'everySecond');
    expect(out).toMatchObject({
      ok: true,
      result: { got: { Type: 'Timer', TriggerName: 'everySecond' }, openid: null },
    });
    expect(await make(false).runNow('tick', 'nope')).toMatchObject({ ok: false });
  });

  it('fires on schedule', async () => {
    const triggers = make(true);
    expect(triggers.list()).toContainEqual({ fn: 'tick', name: 'everySecond', config: '* * * * * * *' });
    const before = ticks();
    triggers.start();
    await new Promise((r) => setTimeout(r, 2300));
    triggers.stop();
    expect(ticks() - before).toBeGreaterThanOrEqual(2);
  });

  it('reads WeChat 7-field cron', () => {
    const next = parseWeChatCron('0 0 9 * * * *', new Date('2024-05-01T10:00:00')).next().toDate();
    expect([next.getDate(), next.getHours()]).toEqual([2, 9]);
    expect(() => parseWeChatCron('0 0 9 * * *')).toThrow();
  });
});
