import { AppError } from '../app-error';
import { nodeInScope, scopeNode, scopeOf } from '../areas/scope';
import { type AreaDoc, getArea, refKey } from '../areas/store';
import { Collections } from '../collections';
import { findMany } from '../db';
import type { UserDoc } from '../models';

/** An area the bureau looks at (a town, the county, one village), its villages and their towns' names. */
export interface AreaVillages {
  node: AreaDoc;
  villages: AreaDoc[];
  townNames: Map<string, string>;
  /** The condition that keeps records (which store their `area`) to this node. */
  where: Record<string, unknown>;
}

/**
 * The area an admin asks about, inside their scope (their own scope's node when none is named), with every
 * village under it: the rows of the bureau's views.
 */
export async function areaVillages(admin: UserDoc, areaId: string | undefined): Promise<AreaVillages> {
  const node = areaId ? await nodeInScope(admin, areaId) : await scopeNode(await scopeOf(admin));
  if (!node) throw new AppError('NOT_FOUND', '还没有划定区域，请先在区域管理中建立');
  if (node.level === 'grid') throw new AppError('BAD_REQUEST', '请选择镇（街道）或村（社区）');
  const key = refKey[node.level];
  const villages =
    node.level === 'village'
      ? [node]
      : await findMany<AreaDoc>(
          Collections.areas,
          { level: 'village', [`ref.${key}`]: node._id },
          { orderBy: [['name', 'asc']], limit: 1000 },
        );
  const townIds = [...new Set(villages.map((v) => v.ref.townId).filter((id): id is string => !!id))];
  const towns = await Promise.all(townIds.map((id) => getArea(id)));
  const townNames = new Map(towns.flatMap((t) => (t ? [[t._id, t.name] as const] : [])));
  return { node, villages, townNames, where: { [`area.${key}`]: node._id } };
}
