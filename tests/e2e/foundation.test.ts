import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

describe('the foundation in a real browser', () => {
  it('lets a person choose who they are on the sign-in page', async () => {
    const context = await system.browser.phone();
    const page = await context.newPage();
    await page.goto(`${system.url}/`);
    await page.getByText('选择身份进入').waitFor();
    await page.getByText('李大爷').click();
    await page.getByText('通知公告').waitFor();
    expect(page.url()).not.toContain('sign-in');
    await context.close();
  });

  it('shows a resident the notices and the mediators from the local cloud', async () => {
    const { context, page } = await system.signedInPage('demo-resident');
    await page.getByText('东山村人民调解室开放时间调整').waitFor();
    await page.getByText('张桂兰').first().waitFor();
    await page.getByText('刘德明').first().waitFor();
    await page.screenshot({ path: 'artifacts/home-resident.png', fullPage: true });
    await context.close();
  });

  it('takes an admin to the admin console, and keeps a resident out of it', async () => {
    const admin = await system.signedInPage('demo-admin');
    await admin.page.goto(`${system.url}/package-admin/pages/console/index`);
    await admin.page.getByText('李大爷').first().waitFor();
    await admin.context.close();

    const resident = await system.signedInPage('demo-resident');
    await resident.page.goto(`${system.url}/package-admin/pages/console/index`);
    await resident.page.getByText('无权访问').waitFor();
    await resident.context.close();
  });
});
