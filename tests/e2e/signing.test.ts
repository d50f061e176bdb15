import { readFileSync, writeFileSync } from 'node:fs';
import type { VerifyResult } from '@contracts/case/party';
import { readAgreementDocx } from '@server/case/verify-docx';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { readDocx } from '../helpers/docx';
import { sha256 } from '../helpers/signing';
import { callAs } from './helpers/demo-chat';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();
jest.setTimeout(180_000);

const terms = ['王五于十日内拆除占用道路的围墙，恢复道路原宽度。', '李大爷不再追究此前的损失。'];
const performance = '第一条在十日内履行，由调解员刘德明到场确认。';

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // let the page transition and toasts settle
  await page.screenshot({ path: `artifacts/${name}.png`, fullPage: true });
}

/** Draws a signature with the mouse across the pad, as a finger would. */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.locator('.sign-pad__canvas');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i += 1) await page.mouse.move(box.x + 20 + i * 18, y + (i % 2 ? -25 : 25));
  await page.mouse.up();
}

async function sign(page: Page, name: string): Promise<void> {
  await page.getByText('阅读协议并签名').click();
  await page.getByText(terms[0]!, { exact: false }).waitFor();
  await page.locator('.field', { hasText: '您的姓名' }).locator('input').fill(name);
  await drawSignature(page);
}

function nextDownload(context: BrowserContext, page: Page): Promise<Download> {
  return new Promise<Download>((ok) => {
    context.on('page', (popup) => popup.on('download', ok));
    page.on('download', ok);
  });
}

describe('both parties sign the agreement on their phones', () => {
  it('the mediator drafts, both sign, the signed file checks out and the judicial package downloads', async () => {
    // 李大爷 has booked 刘德明, who confirmed; 王五 registers through the invitation card on his own phone.
    const mediators = (await callAs(system, 'demo-resident', 'mediator', 'list', {})) as {
      items: { id: string; name: string }[];
    };
    const liu = mediators.items.find((m) => m.name === '刘德明')!.id;
    const days = (await callAs(system, 'demo-resident', 'booking', 'slots', { mediatorId: liu })) as {
      days: { slots: { startAt: number }[] }[];
    };
    const startAt = days.days.flatMap((d) => d.slots)[3]!.startAt;
    const booked = (await callAs(system, 'demo-resident', 'booking', 'create', {
      disputeType: '邻里',
      description: '王五家新砌的围墙占了我家门前的路，三轮车都过不去了。',
      otherParty: { name: '王五', relation: '邻居', village: '东山村' },
      mediatorId: liu,
      startAt,
      place: 'village_room',
    })) as { id: string; caseNumber: string };
    await callAs(system, 'demo-mediator-liu', 'booking', 'confirm', { caseId: booked.id });
    const { token } = (await callAs(system, 'demo-resident', 'case', 'invite', { caseId: booked.id })) as {
      token: string;
    };

    const other = await system.signedInPage('new');
    const op = other.page;
    await op.goto(`${system.url}/package-case/pages/invite/index?token=${token}`);
    await op.locator('.step-title', { hasText: '调解邀请' }).waitFor();
    await op.locator('.field', { hasText: '您的姓名' }).locator('input').fill('王五');
    await op.locator('.field', { hasText: '手机号' }).locator('input').fill('13912345678');
    await op.getByText('登记并确认参加').click();
    await op.getByText('已确认参加').waitFor();

    // The mediator mediates and drafts the terms.
    const mediator = await system.signedInPage('demo-mediator-liu');
    const mp = mediator.page;
    await mp.goto(`${system.url}/package-mediator/pages/case/index?id=${booked.id}`);
    await mp.getByText('开始调解', { exact: true }).click();
    await mp.getByText('调解成功，填写协议').click();
    await mp.locator('.agreement-form__term').first().locator('textarea').fill(terms[0]!);
    await mp.getByText('再加一条').click();
    await mp.locator('.agreement-form__term').nth(1).locator('textarea').fill(terms[1]!);
    await mp.locator('.agreement-form textarea').last().fill(performance);
    await mp.getByText('调解成功，生成协议书').click();
    await mp.getByText('双方签名：已签0/2').waitFor();

    // 李大爷 signs on his phone.
    const resident = await system.signedInPage('demo-resident');
    const rp = resident.page;
    await rp.goto(`${system.url}/package-case/pages/case/index?id=${booked.id}`);
    await sign(rp, '李大爷');
    await shot(rp, 'signing-1-resident-signs');
    await rp.getByText('确认签名').click();
    await rp.getByText(/甲方 李大爷.*已签名/).waitFor();

    // 王五 signs on his: the agreement takes effect and gets its verification code.
    await op.reload();
    await sign(op, '王五');
    await op.getByText('确认签名').click();
    await op.getByText(/双方已签名，协议已生效。核验码：/).waitFor();
    await shot(op, 'signing-2-both-signed');
    const code = (
      (await op
        .getByText(/核验码：/)
        .first()
        .textContent()) ?? ''
    )
      .replace(/.*核验码：/, '')
      .trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);

    // The signed agreement downloads: its text and both drawings are the ones recorded.
    await rp.goto(`${system.url}/package-case/pages/agreement/index?id=${booked.id}`);
    await rp.getByText(terms[0]!).waitFor();
    const agreementDownload = nextDownload(resident.context, rp);
    await rp.getByText('打开协议书（Word，可打印签字）').click();
    const file = await agreementDownload;
    expect(file.suggestedFilename()).toBe(`协议书-${booked.caseNumber}.docx`);
    const bytes = readFileSync((await file.path())!);
    writeFileSync('artifacts/signed-agreement.docx', bytes);
    const { text } = await readDocx(bytes);
    for (const t of [
      ...terms,
      performance,
      `核验码：${code}`,
      '刘德明',
      '东山村人民调解委员会',
      '李大爷',
      '王五',
    ]) {
      expect(text).toContain(t);
    }
    const record = (await callAs(system, 'demo-resident', 'case', 'verify', {
      code,
    })) as unknown as VerifyResult;
    const claim = readAgreementDocx(bytes);
    expect(sha256(claim.text)).toBe(record.textHash);
    expect(text).toContain(record.textHash);
    for (const s of record.signatures) expect(sha256(claim.images[s.side]!)).toBe(s.imageHash);

    // The verification page shows the record for the code.
    await rp.goto(`${system.url}/package-info/pages/verify/index?code=${code}`);
    await rp.getByText('查询记录').click();
    await rp.getByText('以下是记录的协议，请与手中的协议书逐字核对').waitFor();
    await shot(rp, 'signing-3-verification');

    // Either party prepares the judicial confirmation: 30 days to go, one Word file.
    await rp.goto(`${system.url}/package-case/pages/case/index?id=${booked.id}`);
    await rp.getByText('申请司法确认还剩 30 天', { exact: false }).waitFor();
    await rp.getByText('申请司法确认', { exact: true }).click();
    await rp.getByText('还剩 30 天').waitFor();
    await shot(rp, 'signing-4-judicial');
    const packageDownload = nextDownload(resident.context, rp);
    await rp.getByText('下载申请材料（Word）').click();
    const pkg = await packageDownload;
    expect(pkg.suggestedFilename()).toBe(`司法确认申请材料-${booked.caseNumber}.docx`);
    const pkgText = (await readDocx(readFileSync((await pkg.path())!))).text;
    for (const t of [
      '司法确认申请书',
      '人民调解协议书',
      '人民调解委员会调解材料',
      '当事人身份证明材料',
      ...terms,
    ]) {
      expect(pkgText).toContain(t);
    }
    await other.context.close();
    await mediator.context.close();
    await resident.context.close();
  });
});
