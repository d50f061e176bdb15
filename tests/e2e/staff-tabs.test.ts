import { errorMessages } from '@contracts/errors';
import type { Page } from 'playwright-core';
import { shown, tapTab, visible } from './helpers/journey';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(90_000);

/** Every refusal or failure a tab could show instead of the person's work. */
async function expectNoError(page: Page): Promise<void> {
  await page.waitForTimeout(300); // a failing first call has answered by now
  for (const message of Object.values(errorMessages)) expect(await shown(page, message)).toBe(0);
  expect(await shown(page, '出了点问题，请稍后再试')).toBe(0);
}

interface Role {
  openid: string;
  name: string;
  /** The label the second tab carries for this role, and what it shows on the first tap. */
  workTab: string;
  onWorkTab: string;
  /** The first door on 首页 and the work tab, and what the page behind it shows. */
  door: string;
  behindDoor: string;
}

const roles: Role[] = [
  {
    openid: 'demo-mediator-liu',
    name: '刘德明',
    workTab: '咨询',
    onWorkTab: '居民咨询',
    door: '工作台（上线、常用语）',
    behindDoor: '编辑常用语',
  },
  {
    openid: 'demo-officer',
    name: '李秀英',
    workTab: '审查',
    onWorkTab: '法律援助审查',
    door: '打开审查队列',
    behindDoor: '全部',
  },
  {
    openid: 'demo-admin',
    name: '王建国',
    workTab: '管理',
    onWorkTab: '管理后台',
    door: '打开管理后台',
    behindDoor: '用户与角色',
  },
  {
    openid: 'demo-adviser',
    name: '吴律师',
    workTab: '驻村',
    onWorkTab: '驻村法律服务',
    door: '进村签到',
    behindDoor: '签到前请您同意',
  },
  {
    openid: 'demo-figure',
    name: '郑老师',
    workTab: '驻村',
    onWorkTab: '驻村法律服务',
    door: '进村签到',
    behindDoor: '签到前请您同意',
  },
  {
    openid: 'demo-grid',
    name: '冯小燕',
    workTab: '网格',
    onWorkTab: '网格工作',
    door: '上报事件',
    behindDoor: '1. 先拍现场照片',
  },
  {
    openid: 'demo-unit',
    name: '何主任',
    workTab: '办理',
    onWorkTab: '事件办理',
    door: '待办事件',
    behindDoor: '本单位待办',
  },
];

describe.each(roles)('$openid: the first tap on each tab leads to their own work', (role) => {
  it('首页, then the work tab, then 我的, each without an error', async () => {
    const { context, page } = await system.signedInPage(role.openid);
    await visible(page, role.door);
    await expectNoError(page);
    if (role.openid === 'demo-mediator-liu') {
      await page.screenshot({ path: 'artifacts/staff-mediator-home.png', fullPage: true });
    }

    await tapTab(page, role.workTab);
    await visible(page, role.onWorkTab);
    await expectNoError(page);
    if (role.openid === 'demo-mediator-liu') {
      // The mediator's inbox, with 全部 showing every consultation of theirs.
      await page.locator('.inbox .chip', { hasText: '全部' }).locator('visible=true').click();
      await expectNoError(page);
      await page.screenshot({ path: 'artifacts/staff-mediator-consult-tab.png', fullPage: true });
    }
    await page.getByText(role.door, { exact: true }).locator('visible=true').first().click();
    await visible(page, role.behindDoor);
    await expectNoError(page);
    await page.goBack();

    await tapTab(page, '我的');
    await visible(page, role.name);
    await expectNoError(page);
    await tapTab(page, '首页');
    await visible(page, role.door);
    await context.close();
  });
});
