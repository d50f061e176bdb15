import type { AreaRef } from '@contracts/area/models';
import { AppError } from '../app-error';
import type { UserDoc } from '../models';
import { getArea } from './store';

/**
 * Where a record a resident creates belongs: their chosen village (`user.areaId`), as the `AreaRef` the
 * record stores under `area` so staff scopes and the statistics filter it by one equality. None when the
 * resident has not chosen one (the county admin still sees it; a town's office does not).
 */
export async function residentArea(user: UserDoc): Promise<AreaRef | undefined> {
  if (!user.areaId) return undefined;
  return (await getArea(user.areaId))?.ref;
}

/**
 * A village (or community) node chosen in a form, as its ref; anything else is refused, in words. Grids are
 * for grid workers and towns too coarse for where a resident lives or a dispute happens.
 */
export async function villageRef(areaId: string, field: string): Promise<{ ref: AreaRef; name: string }> {
  const node = await getArea(areaId);
  if (!node) throw new AppError('NOT_FOUND', '找不到这个村（社区），请重新选择', { [field]: '请重新选择' });
  if (node.level !== 'village') {
    throw new AppError('BAD_REQUEST', '请选择到村（社区）', { [field]: '请选择到村（社区）' });
  }
  return { ref: node.ref, name: node.name };
}
