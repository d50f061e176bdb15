import type { AreaNode } from '@contracts/area/models';
import type { AreaDoc } from './store';

/** A stored node as the client sees it; the boundary only when asked for. */
export function toAreaNode(doc: AreaDoc, withBoundary = false): AreaNode {
  return {
    id: doc._id,
    ...(doc.parentId ? { parentId: doc.parentId } : {}),
    level: doc.level,
    name: doc.name,
    fullName: doc.fullName,
    hasBoundary: doc.polygon !== undefined,
    ...(withBoundary && doc.polygon ? { polygon: doc.polygon } : {}),
  };
}
