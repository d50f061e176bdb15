import { warningLevelLabels } from '@contracts/plain/warning';
import { inScope, scopeOf } from '../areas/scope';
import { Collections } from '../collections';
import { findMany } from '../db';
import type { UserDoc } from '../models';
import { notify, thing, timeField } from '../notify';
import type { WarningDoc } from './models';

/**
 * Tells the judicial office of a warning by subscribe message, opening the warning list: the admins whose
 * scope holds the warning's place (its town's judicial office and the county bureau). An admin without a
 * subscribe credit is skipped by notify() as usual; the list shows the warning regardless.
 */
export async function notifyOffice(w: WarningDoc, now: number): Promise<void> {
  const admins = await findMany<UserDoc>(Collections.users, { role: 'admin' }, { limit: 100 });
  for (const a of admins) {
    if (!inScope(await scopeOf(a), w.area)) continue;
    await notify(
      {
        touser: a.openid,
        purpose: 'warningRaised',
        page: 'package-admin/pages/warnings/index',
        data: {
          thing1: thing(w.subject),
          phrase2: warningLevelLabels[w.level],
          thing3: thing(w.reasons.map((r) => r.text).join('；')),
          time4: timeField(now),
        },
      },
      now,
    );
  }
}
