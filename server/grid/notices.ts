import { type GridStep, gridEventTypeLabels, gridStepLabels } from '@contracts/grid/models';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import type { UserDoc } from '../models';
import { notify, thing, timeField } from '../notify';
import type { GridEventDoc, UnitDoc } from './models';
import { getUnit } from './units';

/** Who is told of each step: the unit of its new work and cards, the reporter of answers to check. */
const toUnit: readonly GridStep[] = [
  'dispatch',
  'approve_extension',
  'refuse_extension',
  'yellow_card',
  'red_card',
];
const toReporter: readonly GridStep[] = ['return', 'reply'];

async function unitStaffOf(unitId: string | undefined): Promise<{ unit: UnitDoc | null; users: UserDoc[] }> {
  const unit = unitId ? await getUnit(unitId) : null;
  if (!unit || unit.staffUserIds.length === 0) return { unit, users: [] };
  const users = await findMany<UserDoc>(Collections.users, { _id: command().in(unit.staffUserIds) });
  return { unit, users };
}

/**
 * Subscribe messages after a step; a red card also goes to the street's admins, for the unit's superior.
 * A notification never fails the step (server/notify.ts answers failures).
 */
export async function notifyStep(e: GridEventDoc, step: GridStep, now: number): Promise<void> {
  const recipients: UserDoc[] = [];
  let note = `${gridEventTypeLabels[e.type]}：${e.description}`;
  if (toUnit.includes(step)) {
    const { unit, users } = await unitStaffOf(e.unitId);
    recipients.push(...users);
    if (step === 'red_card' && e.area.townId) {
      note = `红牌督办，已报${unit?.superiorName ?? '上级'}`;
      recipients.push(
        ...(await findMany<UserDoc>(Collections.users, { role: 'admin', scopeAreaId: e.area.townId })),
      );
    }
  }
  if (toReporter.includes(step)) {
    recipients.push(...(await findMany<UserDoc>(Collections.users, { _id: e.reporterId }, { limit: 1 })));
  }
  for (const u of recipients) {
    await notify(
      {
        touser: u.openid,
        purpose: 'gridEventUpdate',
        page: `/package-grid/pages/event/index?id=${e._id}`,
        data: {
          thing1: thing(`${e.number} ${gridEventTypeLabels[e.type]}`),
          phrase2: thing(gridStepLabels[step]).slice(0, 5),
          thing3: thing(note),
          time4: timeField(now),
        },
      },
      now,
    );
  }
}
