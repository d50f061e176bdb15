import type { AreaLevel, AreaRef, Polygon } from '@contracts/area/models';
import { Collections } from '../collections';
import { findMany, findOne, getById } from '../db';

/**
 * A node of the area tree as stored. `ref` holds the ids of the node and its ancestors by level, the same
 * shape records carry as their `area`; the bounding box is flat so candidates for a point are found by
 * indexed comparisons before the exact polygon test.
 */
export interface AreaDoc {
  _id: string;
  parentId?: string;
  level: AreaLevel;
  name: string;
  /** 清溪县 / 城关镇 / 东山村: how the node is named where the level alone would be ambiguous. */
  fullName: string;
  ref: AreaRef;
  polygon?: Polygon;
  minLng?: number;
  minLat?: number;
  maxLng?: number;
  maxLat?: number;
  createdAt: number;
  updatedAt: number;
}

/** Which field of an AreaRef names a node of each level. */
export const refKey: Record<AreaLevel, keyof AreaRef> = {
  county: 'countyId',
  town: 'townId',
  village: 'villageId',
  grid: 'gridId',
};

export function getArea(id: string): Promise<AreaDoc | null> {
  return getById<AreaDoc>(Collections.areas, id);
}

/** The county: the one node without a parent. None until the bureau (or the demo) has drawn the tree. */
export function rootArea(): Promise<AreaDoc | null> {
  return findOne<AreaDoc>(Collections.areas, { level: 'county' });
}

/** A node's children by name; a town has tens of villages, a village a few grids. */
export function childrenOf(parentId: string): Promise<AreaDoc[]> {
  return findMany<AreaDoc>(Collections.areas, { parentId }, { orderBy: [['name', 'asc']], limit: 1000 });
}

/** The ref a child of `parent` gets: the parent's ids plus its own at its level. */
export function childRef(parent: AreaDoc | null, level: AreaLevel, id: string): AreaRef {
  if (!parent) return { countyId: id };
  return { ...parent.ref, [refKey[level]]: id };
}
