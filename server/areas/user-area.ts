import type { AreaRef } from '@contracts/area/models';
import type { Role } from '@contracts/models';
import { getArea, rootArea } from './store';

/**
 * Where a person belongs in the staff lists, stored on the user as `area` so `user.list` filters by one
 * equality like every other list: staff where they work (their scope node, else the whole county, which a
 * town's office does not see), residents the village they chose (none until they choose). Recomputed by
 * every write that changes the role, the scope or the village.
 */
export async function userAreaOf(user: {
  role: Role;
  areaId?: string;
  scopeAreaId?: string;
}): Promise<AreaRef | undefined> {
  if (user.role === 'resident') return user.areaId ? (await getArea(user.areaId))?.ref : undefined;
  const node = user.scopeAreaId ? await getArea(user.scopeAreaId) : await rootArea();
  return node?.ref;
}
