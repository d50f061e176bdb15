import { periodOf } from '@contracts/plain/team';
import { getArea } from '../areas/store';
import { Collections } from '../collections';
import { getById, insert } from '../db';
import type { UserDoc } from '../models';
import { thing, timeField } from '../notify';
import { notifyCounted } from '../subscriptions';
import { findEvery } from './find-every';
import { emptyTally, periodWhere, tallyActivity, tallyKey, villageLedger } from './ledger';
import type { TeamMemberDoc } from './models';
import { boundsOf, daysLeft } from './period-bounds';
import { currentRules } from './rules';

/** The ledger page the reminder opens. */
const LEDGER_PAGE = '/package-team/pages/ledger/index';

/**
 * The daily reminder (the team function's timer): within `remindDaysBefore` days of the end of a role's
 * period, each active member with an item still missing in a village gets one subscribe message for that
 * period, naming the village and what is missing. A reminder is noted per member and period
 * (`team_reminders`) whether or not WeChat delivered it, so a member is never reminded twice a period.
 */
export async function remindLedger(now: number): Promise<{ reminded: number }> {
  const rules = await currentRules();
  let reminded = 0;
  for (const role of ['legal_adviser', 'local_figure'] as const) {
    const grain = rules[role].period;
    const key = periodOf(now)[grain];
    const bounds = boundsOf(key);
    if (daysLeft(bounds, now) > rules.remindDaysBefore) continue;
    const members = await findEvery<TeamMemberDoc>(Collections.teamMembers, { role, active: true });
    for (const m of members) {
      const id = `${m.userId}|${key}`;
      if (await getById(Collections.teamReminders, id)) continue;
      const tallies = await tallyActivity({ memberId: m.userId, ...periodWhere(grain, [key]) }, grain);
      const behind: string[] = [];
      for (const villageId of m.villageIds) {
        const village = await getArea(villageId);
        if (!village) continue;
        const t = tallies.get(tallyKey(m.userId, villageId, key)) ?? emptyTally();
        const l = villageLedger(rules, role, { id: villageId, name: village.name }, key, t, now);
        if (!l.met) behind.push(`${village.name}差${l.missing.join('、')}`);
      }
      if (behind.length === 0) continue;
      const user = await getById<UserDoc>(Collections.users, m.userId);
      await insert(Collections.teamReminders, { _id: id, memberId: m.userId, period: key, at: now });
      if (!user) continue;
      await notifyCounted(
        {
          touser: user.openid,
          purpose: 'teamLedgerReminder',
          page: LEDGER_PAGE,
          data: {
            thing1: thing(behind.join('；')),
            time2: timeField(bounds.to - 60_000),
            thing3: thing('请在周期结束前完成“四个至少”'),
          },
        },
        now,
      );
      reminded += 1;
    }
  }
  return { reminded };
}
