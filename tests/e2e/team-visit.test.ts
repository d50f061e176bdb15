import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { BrowserContext, Page } from 'playwright-core';
import { at } from '../helpers/areas';
import { docs, visible } from './helpers/journey';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(180_000);

const photo = {
  name: 'live.png',
  mimeType: 'image/png',
  buffer: readFileSync(join(__dirname, '../../src/assets/tab/home-active.png')),
};

/** About a metre in degrees here. */
const METRE = 1 / 111_000;

/**
 * Stands the phone at a GCJ-02 point: the browser reports WGS-84, as a real one does, and wanders a few
 * metres every 300 ms while the page takes its readings (real GPS never holds perfectly still).
 */
function standAt(context: BrowserContext, gcj: { lng: number; lat: number }): () => void {
  const [lng, lat] = gcoord.transform([gcj.lng, gcj.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  let step = 0;
  const move = () => {
    const d = ((step % 5) - 2) * 2 * METRE;
    step += 1;
    void context.setGeolocation({ longitude: lng + d, latitude: lat - d / 2, accuracy: 12 });
  };
  move();
  const timer = setInterval(move, 300);
  return () => clearInterval(timer);
}

const tap = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).locator('visible=true').first().click();

/** Taps the stamp button and takes the live photo through the camera's file input. */
async function stampWithPhoto(page: Page, button: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 30_000 }),
    tap(page, button),
  ]);
  await chooser.setFiles(photo);
}

const field = (page: Page, label: string) =>
  page.locator('.field', { hasText: label }).locator('input').locator('visible=true').first();

describe('the x+N team in a real browser', () => {
  it('a legal adviser signs in at 东山村, records a lecture and a dispute that becomes a case, signs out; outside needs review', async () => {
    const { context, page } = await system.signedInPage('demo-adviser');
    await context.grantPermissions(['geolocation'], { origin: system.url });
    let leave = standAt(context, at(3, 25));

    await tap(page, '进村签到');
    await visible(page, '签到前请您同意');
    await tap(page, '同意并继续');
    await tap(page, '东山村');
    await stampWithPhoto(page, '拍照签到');
    await visible(page, '东山村签到', 30_000);
    await visible(page, '位置、时间都核对无误。');
    leave();
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'artifacts/team-checkin-normal.png', fullPage: true });

    await tap(page, '记录走访内容');
    await visible(page, '东山村 走访记录');
    await field(page, '主题').fill('民法典与婚姻家庭');
    await field(page, '参加人数').fill('36');
    await tap(page, '保存这条记录');
    await visible(page, '参加 36 人');

    await tap(page, '矛盾纠纷排查');
    await field(page, '主题').fill('院墙排水沟纠纷');
    await tap(page, '邻里');
    await field(page, '一方姓名').fill('王大伯');
    await field(page, '另一方姓名').fill('李二婶');
    await field(page, '双方关系').fill('邻居');
    await page.locator('.dispute textarea').first().fill('两家因院墙位置争执多年，最近又因排水沟吵了起来');
    await tap(page, '保存这条记录');
    await visible(page, '王大伯与李二婶（邻居）· 邻里');
    await tap(page, '转为调解案件');
    await visible(page, /已转为调解案件 /, 20_000);
    await visible(page, '已转为调解案件');

    await tap(page, '做完了，去签退');
    leave = standAt(context, at(3.3, 25.2));
    await stampWithPhoto(page, '拍照签退');
    await visible(page, '东山村签退', 30_000);
    leave();

    // A second check-in, from 北坡村 far outside 东山村.
    leave = standAt(context, at(30, 5));
    await tap(page, '东山村');
    await stampWithPhoto(page, '拍照签到');
    await visible(page, '需要复核', 30_000);
    await visible(page, '· 签到位置不在东山村范围内');
    leave();
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'artifacts/team-checkin-review.png', fullPage: true });

    const adviser = (await docs(system, 'users', { openid: 'demo-adviser' }))[0] as { _id: string };
    const visits = await docs(system, 'visits', { memberId: adviser._id });
    expect(visits.map((v) => [v.status, v.closedBy ?? null]).sort()).toEqual([
      ['closed', 'member'],
      ['open', null],
    ]);
    const records = await docs(system, 'visit_records', { memberId: adviser._id });
    expect(records.map((r) => r.kind).sort()).toEqual(['lecture', 'screening']);
    const screening = records.find((r) => r.kind === 'screening') as {
      _id: string;
      linked: { kind: string; id: string };
    };
    expect(screening.linked.kind).toBe('case');
    const [kase] = await docs(system, 'cases', { _id: screening.linked.id });
    expect(kase).toMatchObject({ fromVisitRecordId: screening._id, source: 'screening' });
    await context.close();
  });

  it('keeps a check-in made without signal on the phone as 待补传, with its time, and sends it when the network returns', async () => {
    const { context, page } = await system.signedInPage('demo-figure');
    await context.grantPermissions(['geolocation'], { origin: system.url });
    const leave = standAt(context, at(4, 26));
    await tap(page, '进村签到');
    await tap(page, '同意并继续');
    await visible(page, '在哪个村签到？');
    await context.setOffline(true);
    const before = Date.now();
    await stampWithPhoto(page, '拍照签到');
    await visible(page, /^待补传：已保存在手机上/, 30_000);
    await visible(page, '正在走访：东山村');
    leave();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'artifacts/team-checkin-offline.png', fullPage: true });
    await context.setOffline(false);
    await visible(page, '东山村签到', 30_000);
    expect(await page.getByText(/^待补传/).count()).toBe(0);
    const figure = (await docs(system, 'users', { openid: 'demo-figure' }))[0] as { _id: string };
    const [visit] = (await docs(system, 'visits', { memberId: figure._id })) as {
      checkIn: { clientAt: number; at: number };
    }[];
    expect(visit?.checkIn.clientAt).toBeGreaterThanOrEqual(before - 1000);
    expect(visit?.checkIn.clientAt).toBeLessThan(visit?.checkIn.at ?? 0);
    await context.close();
  });
});
