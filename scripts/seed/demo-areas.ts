import type { AreaLevel, Polygon } from '@contracts/area/models';

/**
 * The demo county's area tree: 清溪县 with two towns, five villages and communities and two grids each.
 * Boundaries are GCJ-02 and drawn on a small lattice (one step is 0.003°, about 300 m) so tests can name
 * points on edges and corners exactly. 西岭村 has a hole (the 西岭林场 enclave, which belongs to no village),
 * and its second grid carries the same hole.
 */
export interface DemoArea {
  id: string;
  parentId?: string;
  level: AreaLevel;
  name: string;
  polygon?: Polygon;
}

const BASE_LNG = 119.9;
const BASE_LAT = 29.1;
const STEP = 0.003;

/** A lattice position in degrees, rounded so edges meet exactly. */
export function latticePoint(x: number, y: number): [number, number] {
  return [Number((BASE_LNG + x * STEP).toFixed(6)), Number((BASE_LAT + y * STEP).toFixed(6))];
}

/** A closed rectangular ring on the lattice, counter-clockwise as GeoJSON prefers for outer rings. */
function ring(x0: number, y0: number, x1: number, y1: number): [number, number][] {
  return [
    latticePoint(x0, y0),
    latticePoint(x1, y0),
    latticePoint(x1, y1),
    latticePoint(x0, y1),
    latticePoint(x0, y0),
  ];
}

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => [ring(x0, y0, x1, y1)];

/** The 西岭林场 enclave: inside 西岭村's outline but not part of it. */
const forestFarm = ring(15, 24, 17, 26).reverse();

export const demoAreas: DemoArea[] = [
  { id: 'area-county', level: 'county', name: '清溪县', polygon: box(0, 0, 40, 30) },
  {
    id: 'area-chengguan',
    parentId: 'area-county',
    level: 'town',
    name: '城关镇',
    polygon: box(0, 0, 20, 30),
  },
  { id: 'area-nanhu', parentId: 'area-county', level: 'town', name: '南湖镇', polygon: box(20, 0, 40, 30) },
  {
    id: 'area-dongshan',
    parentId: 'area-chengguan',
    level: 'village',
    name: '东山村',
    polygon: box(0, 20, 10, 30),
  },
  {
    id: 'area-xiling',
    parentId: 'area-chengguan',
    level: 'village',
    name: '西岭村',
    polygon: [ring(10, 20, 20, 30), forestFarm],
  },
  {
    id: 'area-chengguan-sq',
    parentId: 'area-chengguan',
    level: 'village',
    name: '城关社区',
    polygon: box(0, 0, 20, 20),
  },
  {
    id: 'area-nanhu-cun',
    parentId: 'area-nanhu',
    level: 'village',
    name: '南湖村',
    polygon: box(20, 15, 40, 30),
  },
  { id: 'area-beipo', parentId: 'area-nanhu', level: 'village', name: '北坡村', polygon: box(20, 0, 40, 15) },
  {
    id: 'grid-dongshan-1',
    parentId: 'area-dongshan',
    level: 'grid',
    name: '东山村第一网格',
    polygon: box(0, 20, 5, 30),
  },
  {
    id: 'grid-dongshan-2',
    parentId: 'area-dongshan',
    level: 'grid',
    name: '东山村第二网格',
    polygon: box(5, 20, 10, 30),
  },
  {
    id: 'grid-xiling-1',
    parentId: 'area-xiling',
    level: 'grid',
    name: '西岭村第一网格',
    polygon: box(10, 20, 14, 30),
  },
  {
    id: 'grid-xiling-2',
    parentId: 'area-xiling',
    level: 'grid',
    name: '西岭村第二网格',
    polygon: [ring(14, 20, 20, 30), forestFarm],
  },
  {
    id: 'grid-cgsq-1',
    parentId: 'area-chengguan-sq',
    level: 'grid',
    name: '城关社区第一网格',
    polygon: box(0, 0, 10, 20),
  },
  {
    id: 'grid-cgsq-2',
    parentId: 'area-chengguan-sq',
    level: 'grid',
    name: '城关社区第二网格',
    polygon: box(10, 0, 20, 20),
  },
  {
    id: 'grid-nanhu-1',
    parentId: 'area-nanhu-cun',
    level: 'grid',
    name: '南湖村第一网格',
    polygon: box(20, 15, 30, 30),
  },
  {
    id: 'grid-nanhu-2',
    parentId: 'area-nanhu-cun',
    level: 'grid',
    name: '南湖村第二网格',
    polygon: box(30, 15, 40, 30),
  },
  {
    id: 'grid-beipo-1',
    parentId: 'area-beipo',
    level: 'grid',
    name: '北坡村第一网格',
    polygon: box(20, 0, 30, 15),
  },
  {
    id: 'grid-beipo-2',
    parentId: 'area-beipo',
    level: 'grid',
    name: '北坡村第二网格',
    polygon: box(30, 0, 40, 15),
  },
];

/** A demo village's node id by its name, for users and mediators whose village the demo names in words. */
export function demoAreaIdOf(village: string | undefined): string | undefined {
  return demoAreas.find((a) => a.level === 'village' && a.name === village)?.id;
}
