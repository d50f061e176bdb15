import type { AreaLevel, Polygon } from '@contracts/area/models';
import { boundsOf } from './geometry';
import { type AreaDoc, childRef } from './store';

/** A node to plant: the shape the demo and the tests describe a tree in. */
export interface AreaSeed {
  id: string;
  parentId?: string;
  level: AreaLevel;
  name: string;
  polygon?: Polygon;
}

/**
 * The stored documents of a tree given parents first: refs and full names follow from the parents, so a
 * seed cannot contradict itself. Used by the demo loader and the tests' tree.
 */
export function areaDocsOf(seeds: readonly AreaSeed[], now: number): AreaDoc[] {
  const byId = new Map<string, AreaDoc>();
  for (const s of seeds) {
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    if (s.parentId && !parent) throw new Error(`area ${s.id}: parent ${s.parentId} must come first`);
    const doc: AreaDoc = {
      _id: s.id,
      ...(s.parentId ? { parentId: s.parentId } : {}),
      level: s.level,
      name: s.name,
      fullName: parent ? `${parent.fullName} / ${s.name}` : s.name,
      ref: childRef(parent ?? null, s.level, s.id),
      ...(s.polygon ? { polygon: s.polygon, ...boundsOf(s.polygon) } : {}),
      createdAt: now,
      updatedAt: now,
    };
    byId.set(s.id, doc);
  }
  return [...byId.values()];
}
