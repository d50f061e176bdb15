import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { idNumberWithCheck } from '../helpers/legal-aid';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
const photo = {
  name: 'photo.png',
  mimeType: 'image/png',
  buffer: readFileSync(join(__dirname, '../../src/assets/tab/home-active.png')),
};
const idNumber = idNumberWithCheck('32010219500101123');

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `artifacts/legal-aid-${name}.png`, fullPage: true });
}

async function answer(page: Page, title: string, act: () => Promise<void>) {
  await page.getByText(title).first().waitFor();
  await act();
  await page.getByText('下一步', { exact: true }).click();
}

const type = (page: Page, text: string) => () => page.locator('.step__body input').first().fill(text);
const write = (page: Page, text: string) => () => page.locator('.step__body textarea').first().fill(text);
const pick = (page: Page, label: string) => () => page.getByText(label, { exact: true }).click();
const keep = async () => undefined;

async function addPhoto(page: Page, index: number) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.photos__add').nth(index).click(),
  ]);
  await chooser.setFiles(photo);
}

describe('legal aid in a real browser', () => {
  it('pre-check, apply with photos, more material, acceptance, and the resident sees it', async () => {
    const resident = await system.signedInPage('demo-resident');
    const r = resident.page;
    await r.getByText('法律援助').first().click();
    await r.getByText('先测一测能不能申请').click();
    await answer(r, '您遇到的是什么事？', pick(r, '请求确认劳动关系或支付劳动报酬（讨薪）'));
    await answer(r, '您有没有下面的情形？', keep);
    await answer(r, '您属于下面的人吗？', keep);
    await r.getByText('家里几口人').first().waitFor();
    await r.locator('.step__body input').nth(0).fill('2');
    await r.locator('.step__body input').nth(1).fill('1800');
    await r.getByText('看结果').click();
    await r.getByText('可能符合，需要签经济困难承诺').waitFor();
    await shot(r, '1-precheck-result');
    await r.getByText('开始申请').click();

    await answer(r, '您叫什么名字？', type(r, '李大明'));
    await answer(r, '您是男是女？', pick(r, '男'));
    await r.getByText('您是哪天出生的？').waitFor();
    await shot(r, '2-apply-step');
    await r.locator('.answer--picker').click();
    await r.getByText('确定', { exact: true }).click();
    await r.getByText('下一步', { exact: true }).click();
    await answer(r, '您是什么民族？', type(r, '汉族'));
    await answer(r, '您的身份证号是多少？', type(r, idNumber));
    await answer(r, '怎么打电话联系您？', keep);
    await answer(r, '您的户口在哪里？', type(r, '东山村'));
    await answer(r, '您现在住在哪里？', type(r, '东山村三组12号'));
    await answer(r, '您在哪里上班？', keep);
    await answer(r, '您要办的是什么事？', keep);
    await answer(r, '在这件事里，您是哪一方？', pick(r, '我要求对方（原告/申请人）'));
    await answer(r, '这件事现在到哪一步了？', pick(r, '还没有起诉或申请仲裁'));
    await answer(r, '对方是谁？', type(r, '某建筑公司'));
    await answer(r, '请说说发生了什么', write(r, '去年在工地干了八个月，老板拖欠工资两万元。'));
    await answer(r, '您有没有下面的情形？', keep);
    await answer(r, '您属于下面的人吗？', keep);
    await answer(r, '还有什么特殊情况要说明吗？', keep);
    await answer(r, '您家里一共几口人？', keep);
    await answer(r, '全家每月大概收入多少钱？', type(r, '1800'));
    await answer(r, '家里有什么财产？', write(r, '老房一间'));
    await answer(r, '经济困难个人诚信承诺', pick(r, '我承诺，以上情况属实'));
    await r.getByText('拍几张照片').waitFor();
    await addPhoto(r, 0);
    await addPhoto(r, 2);
    await r.locator('.photos__img').nth(1).waitFor();
    await shot(r, '3-apply-photos');
    await r.getByText('下一步', { exact: true }).click();
    await r.getByText('请核对您填写的内容').waitFor();
    await shot(r, '4-review');
    await r.getByText('没问题，下一步').click();
    await r.getByText('敏感个人信息处理说明').waitFor();
    await r.getByText('我已读完，同意按上面说的处理我的敏感个人信息').click();
    await shot(r, '5-consent');
    await r.getByText('同意并提交申请').click();
    await r
      .getByText('申请已提交')
      .waitFor()
      .catch(async (e) => {
        await shot(r, 'debug-submit');
        throw e;
      });
    const number = (await r.getByText(/申请编号：/).textContent())?.replace('申请编号：', '').trim() ?? '';
    expect(number).toMatch(/^法援-\d{4}-\d{4}$/);

    const officer = await system.signedInPage('demo-officer');
    const o = officer.page;
    await o.goto(`${system.url}/package-legal-aid/pages/queue/index`);
    await o.getByText(number).click();
    await o.getByText('申请人（已打码）').waitFor();
    expect(await o.content()).not.toContain(idNumber);
    await shot(o, '6-officer-masked');
    await o.getByText('查看完整信息和照片（将记录查看日志）').click();
    await o.getByText(idNumber).waitFor();
    await o.getByText('要求补充材料').click();
    await o.locator('.decision__reason textarea').fill('请补拍工资欠条或考勤记录');
    await shot(o, '7-officer-full');
    await o.getByText('提交决定并通知申请人').click();
    await o.locator('.status-tag--need_material').first().waitFor();

    await r.goto(`${system.url}/package-legal-aid/pages/start/index`);
    await r.getByText('请补拍工资欠条或考勤记录').click();
    await r.getByText('工作人员说：请补拍工资欠条或考勤记录').waitFor();
    await addPhoto(r, 0);
    await r.locator('.photos__img').first().waitFor();
    await shot(r, '8-add-material');
    await r.getByText('提交补充材料').click();
    await r.getByText('补充了材料').waitFor();

    await o.reload();
    await o.getByText('查看完整信息和照片（将记录查看日志）').click();
    await o.locator('.applicant__img').nth(2).waitFor();
    await o.getByText('准予法律援助', { exact: true }).click();
    await o.getByText('提交决定并通知申请人').click();
    await o.locator('.status-tag--accepted').first().waitFor();

    await r.goto(`${system.url}/package-legal-aid/pages/start/index`);
    await r.locator('.status-tag--accepted').waitFor();
    await r.getByText(number).click();
    await r.getByText('已准予法律援助，工作人员会联系您，安排律师。').waitFor();
    await shot(r, '9-accepted');
    await resident.context.close();
    await officer.context.close();
  }, 120_000);
});
