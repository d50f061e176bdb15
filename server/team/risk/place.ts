import type { Point, Polygon } from '@contracts/area/models';
import { contains } from '../../areas/geometry';
import type { Finding } from './reason';

/**
 * Whether the stamp's point (already GCJ-02) lies in the village's boundary: the edge counts as inside, an
 * enclave (a hole) as outside. A village without a drawn boundary cannot be checked, which is a reason too.
 */
export function placeFinding(
  villageName: string,
  polygon: Polygon | undefined,
  point: Point,
): Finding | null {
  if (!polygon) return { code: 'no_boundary', text: `${villageName}还没有划定边界，无法核对签到位置` };
  if (contains(polygon, point)) return null;
  return { code: 'outside', text: `签到位置不在${villageName}范围内` };
}
