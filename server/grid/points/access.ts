import { AppError } from '../../app-error';
import { inScope, nodeInScope, type Scope, scopeNode, scopeOf } from '../../areas/scope';
import { type AreaDoc, getArea } from '../../areas/store';
import type { UserDoc } from '../../models';

/**
 * Who may read which grid's points: a grid worker their own grid only, an admin the grids of their scope
 * (a town's judicial office its town, the county bureau all).
 */
export async function readableGrid(user: UserDoc, gridId: string): Promise<AreaDoc> {
  const grid = await getArea(gridId);
  if (grid?.level !== 'grid') throw new AppError('NOT_FOUND', '找不到这个网格');
  if (user.role === 'grid_worker') {
    if (user.scopeAreaId !== grid._id) throw new AppError('FORBIDDEN', '只能查看自己网格的积分');
    return grid;
  }
  if (!inScope(await scopeOf(user), grid.ref)) throw new AppError('FORBIDDEN', '这个网格不在您的管理范围内');
  return grid;
}

/** The grid a grid worker serves: their scope node, which must be a grid. */
export async function ownGrid(user: UserDoc): Promise<AreaDoc> {
  const grid = user.scopeAreaId ? await getArea(user.scopeAreaId) : null;
  if (grid?.level !== 'grid') throw new AppError('NOT_FOUND', '您还没有分配网格，请联系司法所');
  return grid;
}

/**
 * The scope of a ranking or of the figures: a node inside the admin's scope when one is asked for (a
 * town admin picks a village), else the admin's whole scope; with its name for the page's heading.
 */
export async function askedScope(user: UserDoc, areaId?: string): Promise<{ scope: Scope; name: string }> {
  if (areaId) {
    const node = await nodeInScope(user, areaId);
    return { scope: node.level === 'county' ? { kind: 'county' } : { kind: 'node', node }, name: node.name };
  }
  const scope = await scopeOf(user);
  return { scope, name: (await scopeNode(scope))?.name ?? '全县' };
}
