import { z } from 'zod';
import { ZId } from '../models';
import { areaLevels } from '../plain/areas';

export { type AreaLevel, areaLevelLabels, areaLevels, childLevel } from '../plain/areas';

export const ZAreaLevel = z.enum(areaLevels);

/**
 * A point as WeChat's `getLocation({ type: 'gcj02' })` returns it: GCJ-02 (the coordinate system every map
 * in China uses), longitude first as in GeoJSON. Bounded to China's extent, so a swapped pair or a WGS-84
 * point from abroad is refused at the door.
 */
export const ZPoint = z.strictObject({
  lng: z.number({ error: '缺少经度' }).min(73, '经度不在国内').max(136, '经度不在国内'),
  lat: z.number({ error: '缺少纬度' }).min(3, '纬度不在国内').max(54, '纬度不在国内'),
});
export type Point = z.infer<typeof ZPoint>;

/** One GeoJSON position `[lng, lat]` in GCJ-02. */
const ZPosition = z.tuple([z.number().min(73).max(136), z.number().min(3).max(54)]);

/**
 * A polygon as GeoJSON: an outer ring and optional holes (an enclave that belongs to a neighbour), each a
 * closed ring of at least four positions. Bounded so one node cannot carry a megabyte of boundary.
 */
export const ZPolygon = z
  .array(z.array(ZPosition).min(4, '边界至少三个点').max(2000, '边界的点太多'))
  .min(1, '缺少边界')
  .max(20, '边界的空洞太多')
  .refine(
    (rings) => rings.every((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]),
    '边界首尾要闭合',
  );
export type Polygon = z.infer<typeof ZPolygon>;

/**
 * Where a record belongs, as ids of each level down to the deepest known. Stored flat on every record that
 * belongs to a place (a case, a visit, an event), so a staff member's scope is one indexed equality.
 */
export const ZAreaRef = z.object({
  countyId: ZId,
  townId: ZId.optional(),
  villageId: ZId.optional(),
  gridId: ZId.optional(),
});
export type AreaRef = z.infer<typeof ZAreaRef>;

/** A node of the tree as the client sees it; the boundary only when asked for (it can be large). */
export const ZAreaNode = z.object({
  id: ZId,
  parentId: ZId.optional(),
  level: ZAreaLevel,
  name: z.string(),
  /** Names from the county down to this node, e.g. 清溪县 / 城关镇 / 东山村. */
  fullName: z.string(),
  hasBoundary: z.boolean(),
  polygon: ZPolygon.optional(),
});
export type AreaNode = z.infer<typeof ZAreaNode>;
