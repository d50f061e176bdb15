import type { Polygon } from '@contracts/area/models';

/**
 * A boundary pasted from a map tool, as the polygon the area function takes: a GeoJSON Polygon geometry, a
 * Feature holding one, or the bare coordinates `[[[lng, lat], ...]]`. Anything else answers a message; the
 * function checks the rings themselves (closed, in China, GCJ-02 is the caller's word).
 */
export function parseBoundary(text: string): { polygon?: Polygon; error?: string } {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: '边界不是有效的 GeoJSON，请整段粘贴' };
  }
  const geometry =
    (value as { type?: string; geometry?: unknown })?.type === 'Feature'
      ? (value as { geometry?: unknown }).geometry
      : value;
  const coordinates = Array.isArray(geometry)
    ? geometry
    : (geometry as { type?: string; coordinates?: unknown })?.type === 'Polygon'
      ? (geometry as { coordinates?: unknown }).coordinates
      : undefined;
  if (!Array.isArray(coordinates)) return { error: '请粘贴一个多边形（Polygon）的边界' };
  return { polygon: coordinates as Polygon };
}
