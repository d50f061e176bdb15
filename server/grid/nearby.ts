import type { Point } from '@contracts/area/models';
import { type GridEventType, gridFinalStates } from '@contracts/grid/models';
import { metresBetween } from '../areas/geometry';
import { Collections } from '../collections';
import { command, findMany } from '../db';
import type { GridEventDoc } from './models';
import { gridSettings } from './settings';

const METRES_PER_DEGREE = 111_320;

/**
 * Open events of a type within the duplicate radius of a point, nearest first: a bounding box by indexed
 * comparisons narrows the candidates, the exact geodesic distance (turf) decides.
 */
export async function openEventsNear(
  type: GridEventType,
  p: Point,
  radius = gridSettings.nearbyMetres,
): Promise<{ event: GridEventDoc; metres: number }[]> {
  const _ = command();
  const dLat = radius / METRES_PER_DEGREE;
  const dLng = radius / (METRES_PER_DEGREE * Math.cos((p.lat * Math.PI) / 180));
  const candidates = await findMany<GridEventDoc>(
    Collections.gridEvents,
    {
      type,
      state: _.nin([...gridFinalStates]),
      'point.lng': _.gte(p.lng - dLng).and(_.lte(p.lng + dLng)),
      'point.lat': _.gte(p.lat - dLat).and(_.lte(p.lat + dLat)),
    },
    { limit: 50 },
  );
  return candidates
    .map((event) => ({ event, metres: Math.round(metresBetween(p, event.point)) }))
    .filter((c) => c.metres <= radius)
    .sort((a, b) => a.metres - b.metres);
}
