import { Collections } from '../collections';
import { command, findMany } from '../db';
import { clockStates } from './deadline';
import type { GridEventDoc } from './models';
import { notifyStep } from './notices';
import { gridSettings } from './settings';
import { applyStep } from './workflow';
import { addWorkingMinutes } from './working-time';

/** Events one timer run looks at; overdue ones are few, the next run picks up the rest. */
const BATCH = 100;

/**
 * The hourly 督办: an event past its deadline gets the yellow card (the unit is told); still open
 * redCardAfterHours of working time after the yellow card, it gets the red card, which goes to the unit's
 * superior through the street. Each card is a workflow step, so it is in the timeline and the points.
 * Answers how many cards it gave.
 */
export async function escalateOverdue(now: number): Promise<{ yellow: number; red: number }> {
  const _ = command();
  const overdue = await findMany<GridEventDoc>(
    Collections.gridEvents,
    { state: _.in([...clockStates]), deadline: _.lt(now) },
    { orderBy: [['deadline', 'asc']], limit: BATCH },
  );
  const given = { yellow: 0, red: 0 };
  for (const e of overdue) {
    const redDue = e.cards.yellow && addWorkingMinutes(e.cards.yellow, gridSettings.redCardAfterHours * 60);
    const step = !e.cards.yellow
      ? 'yellow_card'
      : !e.cards.red && redDue && redDue <= now
        ? 'red_card'
        : null;
    if (!step) continue;
    const card = step === 'yellow_card' ? 'yellow' : 'red';
    const after = await applyStep({
      eventId: e._id,
      step,
      actor: 'system',
      now,
      note: step === 'yellow_card' ? '已超过办理期限，黄牌督办' : '黄牌督办后仍未办结，红牌督办',
      change: (current) => ({ cards: { ...current.cards, [card]: now } }),
    }).catch((error: unknown) => {
      console.error('[grid escalate] card not given', e._id, (error as Error).message);
      return null;
    });
    if (!after) continue;
    given[card] += 1;
    await notifyStep(after, step, now);
  }
  return given;
}
