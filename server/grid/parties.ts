import { inScope, scopeOf } from '../areas/scope';
import { Collections } from '../collections';
import { getById } from '../db';
import type { UserDoc } from '../models';
import type { GridEventDoc, UnitDoc } from './models';

/**
 * Whom a user is to an event. `reporter`: the grid worker who reported it (they resolve small matters and
 * verify on site). `street`: an admin whose scope holds the event's place (the town's office accepts,
 * dispatches, approves extensions). `unit`: staff of the unit it is dispatched to. `verifier`: who checks the
 * reply on site, the reporting grid worker, or the street when a resident reported. `watcher`: a resident
 * who reported and may only follow it.
 */
export type Party = 'reporter' | 'street' | 'unit' | 'verifier' | 'watcher' | 'system';

export async function partiesOf(e: GridEventDoc, user: UserDoc | 'system'): Promise<Set<Party>> {
  const parties = new Set<Party>();
  if (user === 'system') return parties.add('system');
  const ownReport = e.reporterId === user._id;
  if (ownReport && user.role === 'grid_worker') parties.add('reporter').add('verifier');
  if (ownReport && user.role === 'resident') parties.add('watcher');
  if (user.role === 'admin' && inScope(await scopeOf(user), e.area)) {
    parties.add('street');
    if (e.reporterRole !== 'grid_worker') parties.add('verifier');
  }
  if (user.role === 'unit_staff' && e.unitId) {
    const unit = await getById<UnitDoc>(Collections.units, e.unitId);
    if (unit?.active && unit.staffUserIds.includes(user._id)) parties.add('unit');
  }
  return parties;
}

/** Handlers see key persons' names and photos; a resident who reported sees what they wrote themselves. */
export function isHandler(parties: Set<Party>): boolean {
  return ['reporter', 'street', 'unit', 'verifier', 'watcher'].some((p) => parties.has(p as Party));
}
