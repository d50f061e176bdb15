import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uploadFolderOf } from '@contracts/uploads';
import { at } from '../helpers/areas';
import { docs, visible } from './helpers/journey';
import type { LocalSystem } from './helpers/local-system';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(180_000);

/** A real image as the live photo, so the review shows it. */
const livePhoto = readFileSync(join(__dirname, '../../src/assets/tab/home-active.png'));

let seq = 0;
const key = () => {
  seq += 1;
  return `e2e-ledger-${Date.now()}-${seq}`;
};

/** Calls a function as a demo user through the local cloud's runner, as the phone would. */
async function call(openid: string, fn: string, action: string, payload: object) {
  const outcome = await system.devcloud.functions.invoker.invoke(fn, { action, payload }, { openid });
  if (!outcome.ok) throw new Error(outcome.errMsg);
  const res = outcome.result as { ok: boolean; data?: Record<string, unknown>; error?: { message: string } };
  if (!res.ok) throw new Error(`${fn}.${action}: ${res.error?.message}`);
  return res.data as Record<string, unknown>;
}

/** What the check-in page sends: five readings a few metres apart around a point, and a live photo. */
function stamp(s: LocalSystem, userId: string, point: { lng: number; lat: number }, accuracy = 12) {
  const now = Date.now();
  const m = 3 / 111_000;
  const photo = s.devcloud.storage.saveUpload(`${uploadFolderOf(userId, 'visit')}${key()}.png`, livePhoto);
  return {
    system: 'gcj02',
    samples: [
      [0, 0],
      [m, -m],
      [-m, 2 * m],
      [2 * m, m],
      [-2 * m, -2 * m],
    ].map(([x, y], i) => ({ lng: point.lng + x, lat: point.lat + y, accuracy, at: now - 4000 + i * 800 })),
    photoFileId: photo,
    clientAt: now - 4000,
    sentAt: now,
    clientKey: key(),
  };
}

describe('the ledger and the bureau in a real browser', () => {
  it('the adviser sees what is met and missing; the admin sees the visit, who is behind and the check-in to review', async () => {
    // The adviser's month so far, seeded through the visit function: a visit to 东山村 with a lecture and a
    // publicity session, then a check-in at 西岭村 made from 北坡村 (outside), which needs review.
    const [me] = await docs(system, 'users', { openid: 'demo-adviser' });
    const adviserId = String(me?._id);
    const visit = await call('demo-adviser', 'visit', 'checkIn', {
      villageId: 'area-dongshan',
      ...stamp(system, adviserId, at(3, 25)),
    });
    for (const [kind, topic] of [
      ['lecture', '民法典进农家'],
      ['publicity', '防范电信诈骗'],
    ]) {
      await call('demo-adviser', 'visit', 'recordActivity', {
        visitId: visit.id,
        kind,
        topic,
        attendance: 30,
        clientKey: key(),
      });
    }
    await call('demo-adviser', 'visit', 'checkOut', {
      visitId: visit.id,
      ...stamp(system, adviserId, at(3.2, 25)),
    });
    const outside = await call('demo-adviser', 'visit', 'checkIn', {
      villageId: 'area-xiling',
      ...stamp(system, adviserId, at(30, 5)),
    });
    await call('demo-adviser', 'visit', 'checkOut', {
      visitId: outside.id,
      ...stamp(system, adviserId, at(30.2, 5)),
    });

    const member = await system.signedInPage('demo-adviser');
    await member.page.goto(`${system.url}/package-team/pages/ledger/index`);
    await visible(member.page, '我的“四个至少”');
    await visible(member.page, '本月工作日志');
    await visible(member.page, /法治讲座：民法典进农家，30人参加/);
    await member.page.locator('.ledger-card', { hasText: '东山村' }).getByText('法治讲座').waitFor();
    await member.page.screenshot({ path: 'artifacts/team-ledger-member.png', fullPage: true });
    await member.context.close();

    const admin = await system.signedInPage('demo-admin');
    const { page } = admin;
    await page.goto(`${system.url}/package-admin/pages/console/index`);
    await page.getByText('四个至少', { exact: true }).click();
    await visible(page, '“四个至少”完成情况');
    await visible(page, '城关镇 · 东山村');
    const row = page
      .locator('.compliance__group', { hasText: '东山村' })
      .locator('.compliance__row', { hasText: '吴律师' });
    await row.getByText('差：排查纠纷；解答咨询或调解纠纷').waitFor();
    await visible(page, '1次走访的签到需要复核');
    await page.screenshot({ path: 'artifacts/team-compliance.png', fullPage: true });

    await page.getByText('复核签到、审核封存 ›').click();
    await visible(page, '需要复核的签到');
    await visible(page, '吴律师 · 西岭村');
    await page.getByText('查看照片和位置（会记入操作记录）').first().click();
    await visible(page, /位置：1\d\d\.\d+, 29\.\d+/);
    await page.screenshot({ path: 'artifacts/team-review.png', fullPage: true });
    const audit = await docs(system, 'audit_logs', { action: 'team.viewCheckIn' });
    expect(audit.map((a) => a.target)).toEqual([expect.stringMatching(/^吴律师在西岭村的签到/)]);
    await admin.context.close();
  });
});
