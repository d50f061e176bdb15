import { callAs } from './helpers/demo-chat';
import { useLocalSystem } from './helpers/local-system';

const system = useLocalSystem();

describe('a case page follows its case live', () => {
  it("shows the mediator's confirmation to the resident without a reload", async () => {
    const { items } = (await callAs(system, 'demo-resident', 'mediator', 'list', {})) as {
      items: { id: string; name: string }[];
    };
    const mediatorId = items.find((m) => m.name === '刘德明')?.id ?? '';
    const { days } = (await callAs(system, 'demo-resident', 'booking', 'slots', { mediatorId })) as {
      days: { slots: { startAt: number }[] }[];
    };
    const startAt = days.flatMap((d) => d.slots)[0]?.startAt ?? 0;
    const made = await callAs(system, 'demo-resident', 'booking', 'create', {
      disputeType: '邻里',
      description: '邻居家新砌的围墙占了我家门前的路，出入很不方便，多次协商没有结果。',
      otherParty: { name: '王五', relation: '邻居', village: '东山村' },
      mediatorId,
      startAt,
      place: 'village_room',
    });

    const { page, context } = await system.signedInPage('demo-resident');
    await page.goto(`${system.url}/package-case/pages/case/index?id=${String(made.id)}`);
    await page.getByText('等待调解员确认预约时间').first().waitFor();

    await callAs(system, 'demo-mediator-liu', 'booking', 'confirm', { caseId: String(made.id) });
    // No reload, no tap: the page asks again while it is on screen.
    await page.getByText('已排期').first().waitFor({ timeout: 20_000 });
    await page.getByText('请于').first().waitFor();
    await context.close();
  }, 90_000);
});
