import { AppError } from '../app-error';
import { nodeInScope, scopeNode, scopeOf } from '../areas/scope';
import { type AreaDoc, refKey } from '../areas/store';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import type { UserDoc } from '../models';

/**
 * The part of the tree a dashboard covers: a town or a village node. None is the whole county. Figures are
 * kept per village (rollups.ts), so a grid is too fine for them.
 */
export interface StatsArea {
  id: string;
  level: 'town' | 'village';
  /** 南湖镇, 城关镇东山村: the name the report and the export title use. */
  name: string;
}

/**
 * The one equality that keeps records (`prefix` 'area.') or rollups ('') to the area: `area.townId == X`
 * on records, `townId == X` on rollups, which store the same ids flat.
 */
export function areaCondition(area: StatsArea | undefined, prefix: string): Record<string, string> {
  return area ? { [`${prefix}${refKey[area.level]}`]: area.id } : {};
}

const asStatsArea = (node: AreaDoc): StatsArea | undefined => {
  if (node.level === 'county') return undefined;
  if (node.level === 'grid')
    throw new AppError('BAD_REQUEST', '统计只分到村（社区），请选择镇（街道）或村（社区）');
  return { id: node._id, level: node.level, name: node.fullName.split(' / ').slice(1).join('') };
};

/**
 * The area a caller's dashboard covers. A town's judicial office sees its town (and any village in it), the
 * county bureau the whole county or any node; asking for a node outside one's scope is refused, and no
 * area asked for means one's whole scope, never more.
 */
export async function statsAreaFor(user: UserDoc, areaId?: string): Promise<StatsArea | undefined> {
  if (areaId) return asStatsArea(await nodeInScope(user, areaId));
  const scope = await scopeOf(user);
  if (scope.kind === 'county') return undefined;
  const node = await scopeNode(scope);
  if (!node) throw new AppError('FORBIDDEN', '您的工作范围已不存在，请联系县司法局重新设置');
  if (node.level === 'grid') throw new AppError('FORBIDDEN', '您的工作范围是网格，统计只分到村（社区）');
  return asStatsArea(node);
}

/** The names of village nodes by id, for the rows of the by-village breakdown. */
export async function villageNames(ids: string[]): Promise<Map<string, string>> {
  const wanted = ids.filter(Boolean);
  if (wanted.length === 0) return new Map();
  const _ = command();
  const nodes = await findMany<AreaDoc>(Collections.areas, { _id: _.in(wanted) }, { limit: 1000 });
  return new Map(nodes.map((n) => [n._id, n.name]));
}
