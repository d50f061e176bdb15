import { dataOf, useAppCloud } from '../helpers/app-cloud';

const app = useAppCloud();

describe('the demo data of npm start', () => {
  it('loads once, and its activity goes through the real functions', async () => {
    const { loadDemoData } = await import('../../scripts/seed/load-demo-data');
    const { loadDemoActivity } = await import('../../scripts/seed/demo-activity');
    expect(await loadDemoData(app.devcloud.ctx.envId)).toBe(true);
    await loadDemoActivity(app.devcloud.functions.invoker);
    expect(await loadDemoData(app.devcloud.ctx.envId)).toBe(false);

    const mine = dataOf<{ items: { status: string; disputeType: string }[] }>(
      await app.call('demo-resident', 'consultation', 'listMine', {}),
    );
    expect(mine.items.map((c) => c.disputeType).sort()).toEqual(['婚姻家庭', '房屋宅基地', '邻里']);
    expect(mine.items.filter((c) => c.status === 'closed')).toHaveLength(1);
    const notices = dataOf<{ items: unknown[] }>(
      await app.call('demo-resident', 'notice', 'listPublished', {}),
    );
    expect(notices.items).toHaveLength(5);
    const adviser = dataOf<{ villages: { name: string }[] }>(
      await app.call('demo-adviser', 'visit', 'current', {}),
    );
    expect(adviser.villages.map((v) => v.name)).toEqual(['东山村', '西岭村']);
    const figure = dataOf<{ villages: { name: string }[] }>(
      await app.call('demo-figure', 'visit', 'current', {}),
    );
    expect(figure.villages.map((v) => v.name)).toEqual(['东山村']);
    const units = dataOf<{ items: { name: string; staff: { name: string }[] }[] }>(
      await app.call('demo-admin', 'gridevent', 'units', {}),
    );
    expect(units.items.map((u) => u.name).sort()).toEqual(['城关社区居委会', '城关镇综合执法队'].sort());
    expect(units.items.find((u) => u.name === '城关社区居委会')?.staff).toHaveLength(1);
    const todo = await app.call('demo-unit', 'gridevent', 'list', { box: 'unit' });
    expect(todo).toMatchObject({ ok: true, data: { items: [] } });
  });
});
