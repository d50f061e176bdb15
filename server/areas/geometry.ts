import type { Point, Polygon } from '@contracts/area/models';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { point as turfPoint, polygon as turfPolygon } from '@turf/helpers';
import gcoord from 'gcoord';

/** The coordinate systems a phone or browser reports: WeChat's `gcj02`, the browser's and GPS's `wgs84`. */
export type CoordinateSystem = 'gcj02' | 'wgs84';

/**
 * A point in GCJ-02, the system every boundary is drawn in. A browser (and `getLocation` without
 * `type: 'gcj02'`) reports WGS-84, which lies several hundred metres off in China; comparing it with a
 * GCJ-02 boundary unconverted would put a person at the edge of a village in the neighbouring one.
 */
export function toGcj02(p: Point, system: CoordinateSystem): Point {
  if (system === 'gcj02') return p;
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lng, lat };
}

/** Whether the point lies in the polygon; a point on the boundary counts as inside, a point in a hole does not. */
export function contains(polygon: Polygon, p: Point): boolean {
  return booleanPointInPolygon(turfPoint([p.lng, p.lat]), turfPolygon(polygon), { ignoreBoundary: false });
}

/** Great-circle distance in metres. */
export function metresBetween(a: Point, b: Point): number {
  return distance(turfPoint([a.lng, a.lat]), turfPoint([b.lng, b.lat]), { units: 'meters' });
}

/** The polygon's bounding box, stored flat on the node so candidates are found by indexed comparisons. */
export function boundsOf(polygon: Polygon): {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
} {
  const outer = polygon[0];
  const lngs = outer.map((p) => p[0]);
  const lats = outer.map((p) => p[1]);
  return {
    minLng: Math.min(...lngs),
    minLat: Math.min(...lats),
    maxLng: Math.max(...lngs),
    maxLat: Math.max(...lats),
  };
}
