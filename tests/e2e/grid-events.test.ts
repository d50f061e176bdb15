import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Page } from 'playwright-core';
import { at } from '../helpers/areas';
import { callAs } from './helpers/demo-chat';
import { docs, visible } from './helpers/journey';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
const photo = {
  name: 'scene.png',
  mimeType: 'image/png',
  buffer: readFileSync(join(__dirname, '../../src/assets/tab/home-active.png')),
};

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `artifacts/grid-${name}.png`, fullPage: true });
}

async function addPhoto(page: Page) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.gphotos__add').first().click(),
  ]);
  await chooser.setFiles(photo);
  await page.locator('.gphotos__thumb').first().waitFor();
}

/** Takes a step from the detail page: its button, what the form asks for, then the form's 确定 button. */
async function takeStep(
  page: Page,
  button: string,
  fill: (page: Page) => Promise<void> = async () => undefined,
) {
  await page.getByText(button, { exact: true }).first().click();
  await fill(page);
  await page.getByText(`确定${button}`, { exact: true }).click();
}

const eventUrl = (id: string) => `${system.url}/package-grid/pages/event/index?id=${id}`;

/** A browser standing in 东山村第一网格: browsers report WGS-84, so the GCJ-02 point is converted back. */
async function workerPage() {
  const worker = await system.signedInPage('demo-grid');
  const here = at(2.5, 25);
  const [longitude, latitude] = gcoord.transform([here.lng, here.lat], gcoord.GCJ02, gcoord.WGS84) as [
    number,
    number,
  ];
  await worker.context.grantPermissions(['geolocation'], { origin: system.url });
  await worker.context.setGeolocation({ latitude, longitude, accuracy: 15 });
  return worker.page;
}

describe('grid events in a real browser', () => {
  it('a grid worker reports a dispute with a photo, the street dispatches, the office handles, the worker verifies and closes', async () => {
    const w = await workerPage();
    await w.goto(`${system.url}/package-grid/pages/report/index`);
    await addPhoto(w);
    await w.getByText('矛盾纠纷', { exact: true }).click();
    await w.getByText('邻里纠纷', { exact: true }).click();
    await w.locator('.greport textarea').first().fill('村口两户人家因排水沟堵塞吵起来了，需要调解');
    await visible(w, '清溪县 / 城关镇 / 东山村 / 东山村第一网格');
    await w.locator('.greport input').first().fill('张三，李四');
    await shot(w, '1-report-form-bottom');
    await w.locator('.gphotos').scrollIntoViewIfNeeded();
    await w.evaluate(() => window.scrollTo(0, 0));
    await shot(w, '1-report-form-top');
    await w.getByText('上报', { exact: true }).click();
    await visible(w, '已上报');
    const id = new URL(w.url()).searchParams.get('id') ?? '';
    expect(id).toMatch(/^[0-9a-f]{32}$/);

    const street = (await system.signedInPage('demo-admin')).page;
    await street.goto(`${system.url}/package-grid/pages/events/index`);
    await visible(street, '待受理和派遣');
    await visible(street, '村口两户人家因排水沟堵塞吵起来了，需要调解');
    await shot(street, '2-dispatch-list');
    await street.getByText('村口两户人家因排水沟堵塞吵起来了，需要调解').first().click();
    await takeStep(street, '受理');
    await visible(street, '已受理');
    await takeStep(street, '派遣给处置单位', (p) => p.getByText('城关社区居委会', { exact: true }).click());
    await visible(street, '已派遣');
    await visible(street, '期限');

    const office = (await system.signedInPage('demo-unit')).page;
    await office.goto(eventUrl(id));
    await takeStep(office, '接收，开始处置');
    await visible(office, '处置中');
    await takeStep(office, '回复处置结果', async (p) => {
      await addPhoto(p);
      await p.locator('.gstep textarea').fill('已上门调解，两户约定一起清理排水沟');
    });
    await visible(office, '待核查');

    await w.goto(eventUrl(id));
    await takeStep(w, '核查：已经解决', addPhoto);
    await visible(w, '核查通过');
    await takeStep(w, '结案');
    await visible(w, '已结案');
    for (const step of ['上报', '受理', '派遣', '单位接收', '处置回复', '核查通过', '结案']) {
      await visible(w, step);
    }
    await shot(w, '3-closed');
    const [stored] = await docs(system, 'grid_events', { _id: id });
    expect(stored).toMatchObject({ state: 'closed', area: { gridId: 'grid-dongshan-1' } });
    expect(
      ((stored?.timeline ?? []) as { photoFileIds?: string[] }[]).filter((t) => t.photoFileIds?.length),
    ).toHaveLength(3);
  });

  it('turns a second dispute into a mediation case in one tap, linked both ways', async () => {
    const [worker] = await docs(system, 'users', { openid: 'demo-grid' });
    const fileID = system.devcloud.storage.saveUpload(
      `uploads/${worker?._id}/grid-event/second.jpg`,
      photo.buffer,
    );
    const event = (await callAs(system, 'demo-grid', 'gridevent', 'report', {
      clientKey: 'e2e-second-dispute',
      type: 'dispute',
      description: '王家和赵家为宅基地边界争执多日',
      point: at(3, 26),
      photos: [fileID],
      people: [{ name: '赵六' }],
      clientAt: Date.now(),
    })) as { id: string };
    const w = await workerPage();
    await w.goto(eventUrl(event.id));
    await takeStep(w, '转为调解案件', (p) => p.getByText('房屋宅基地', { exact: true }).click());
    await visible(w, '转入调解');
    const [made] = await docs(system, 'cases', { fromGridEventId: event.id });
    expect(made).toMatchObject({ disputeType: '房屋宅基地', otherParty: { name: '赵六' } });
    await visible(w, String(made?.caseNumber));
    const [linked] = await docs(system, 'grid_events', { _id: event.id });
    expect(linked?.caseLink).toMatchObject({ kind: 'case', id: made?._id });
  });
});
