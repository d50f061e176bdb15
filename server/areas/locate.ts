import type { Point } from '@contracts/area/models';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import { contains } from './geometry';
import { type AreaDoc, rootArea } from './store';

/** Children of `parentId` whose bounding box holds the point: the candidates for the exact polygon test. */
function candidates(parentId: string, p: Point): Promise<AreaDoc[]> {
  const _ = command();
  return findMany<AreaDoc>(
    Collections.areas,
    { parentId, minLng: _.lte(p.lng), maxLng: _.gte(p.lng), minLat: _.lte(p.lat), maxLat: _.gte(p.lat) },
    { limit: 100 },
  );
}

/**
 * The nodes a point lies in, from the county down as far as boundaries reach (county, town, village,
 * grid); nothing outside the county. Where neighbours share an edge the first by name wins, so the answer is stable. A point in a hole
 * (an enclave) or outside every village stops the path at the level above.
 */
export async function locate(p: Point): Promise<AreaDoc[]> {
  const root = await rootArea();
  if (!root || (root.polygon && !contains(root.polygon, p))) return [];
  const path = [root];
  for (let node = root; ; ) {
    const inside = (await candidates(node._id, p))
      .filter((c) => c.polygon && contains(c.polygon, p))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    const next = inside[0];
    if (!next) return path;
    path.push(next);
    node = next;
  }
}
