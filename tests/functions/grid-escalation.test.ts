import type { GridEventDetail } from '@contracts/grid/models';
import { codeOf, dataOf, testTemplateIds, useAppCloud } from '../helpers/app-cloud';
import { sdk } from '../helpers/devcloud';
import { actOk, castGrid, type GridCast, handledByOffice, patchEvent, photoOf } from '../helpers/grid';

const app = useAppCloud();
let c: GridCast;

beforeAll(async () => {
  c = await castGrid(app);
});

const HOUR = 3_600_000;
const escalate = async () => {
  const outcome = await app.devcloud.functions.invoker.invoke(
    'gridevent',
    { Type: 'Timer', TriggerName: 'escalate' },
    {},
  );
  if (!outcome.ok) throw new Error(outcome.errMsg);
  return (outcome.result as { data: { yellow: number; red: number } }).data;
};
const detail = async (eventId: string) =>
  dataOf<GridEventDetail>(await app.call(c.street.openid, 'gridevent', 'get', { eventId }));

describe('amber and red on the deadline', () => {
  it('colours an event by the share of its time left', async () => {
    const e = await handledByOffice(app, c);
    const now = Date.now();
    await patchEvent(app, e.id, { deadlineFrom: now - 8 * HOUR, deadline: now + 4 * HOUR });
    expect((await detail(e.id)).deadlineLevel).toBe('green');
    await patchEvent(app, e.id, { deadlineFrom: now - 8 * HOUR, deadline: now + 2 * HOUR });
    expect((await detail(e.id)).deadlineLevel).toBe('amber');
    await patchEvent(app, e.id, { deadlineFrom: now - 8 * HOUR, deadline: now - 1000 });
    expect((await detail(e.id)).deadlineLevel).toBe('red');
  });
});

describe('the escalate timer (督办)', () => {
  it('gives an overdue event the yellow card once, then the red card to the superior, and tells them', async () => {
    const e = await handledByOffice(app, c);
    const fresh = await handledByOffice(app, c);
    await patchEvent(app, e.id, { deadlineFrom: Date.now() - 48 * HOUR, deadline: Date.now() - HOUR });
    const first = await escalate();
    expect(first.yellow).toBeGreaterThanOrEqual(1);
    const yellow = await detail(e.id);
    expect(yellow.cards.yellow).toBeDefined();
    expect(yellow.cards.red).toBeUndefined();
    expect(yellow.timeline.at(-1)).toMatchObject({ step: 'yellow_card', byName: '系统' });
    expect((await detail(fresh.id)).cards).toEqual({});

    await escalate();
    expect((await detail(e.id)).timeline.filter((t) => t.step === 'yellow_card')).toHaveLength(1);

    // A week after the yellow card is more than a working day whatever the weekday.
    await patchEvent(app, e.id, { cards: { yellow: Date.now() - 7 * 24 * HOUR } });
    await escalate();
    const red = await detail(e.id);
    expect(red.cards.red).toBeDefined();
    expect(red.timeline.at(-1)).toMatchObject({ step: 'red_card' });

    const sent = (await sdk(
      app.db.collection('notifications').where({ templateId: testTemplateIds.gridEventUpdate }).get(),
    )) as unknown as { data: { touser: string }[] };
    const to = sent.data.map((n) => n.touser);
    expect(to).toContain(c.office.openid);
    expect(to).toContain(c.street.openid);
  });

  it('stops the clock once the unit replied', async () => {
    const e = await handledByOffice(app, c);
    await patchEvent(app, e.id, { deadlineFrom: Date.now() - 48 * HOUR, deadline: Date.now() - HOUR });
    await actOk(app, c.office, {
      step: 'reply',
      eventId: e.id,
      note: '已处理',
      photos: [photoOf(app, c.office)],
    });
    await escalate();
    expect((await detail(e.id)).cards).toEqual({});
    const closed = await detail(e.id);
    expect(closed.timeline.find((t) => t.step === 'reply')?.onTime).toBe(false);
  });

  it('does not let a user pass for the timer', async () => {
    const outcome = await app.devcloud.functions.invoker.invoke(
      'gridevent',
      { Type: 'Timer', TriggerName: 'escalate' },
      { openid: c.worker.openid },
    );
    expect(outcome.ok && codeOf(outcome.result as never)).toBe('BAD_REQUEST');
  });
});
