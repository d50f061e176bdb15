import type { UnitKind } from '@contracts/grid/models';

/**
 * The demo's handling units (issue 14): the community office of 城关社区, where `demo-unit` works, and a
 * department of 城关镇 the street can dispatch to as well. `areaId` is the node each one serves.
 */
export const demoUnits: {
  name: string;
  kind: UnitKind;
  areaId: string;
  staffOpenids: string[];
  superiorName: string;
}[] = [
  {
    name: '城关社区居委会',
    kind: 'community',
    areaId: 'area-chengguan-sq',
    staffOpenids: ['demo-unit'],
    superiorName: '城关镇人民政府',
  },
  {
    name: '城关镇综合执法队',
    kind: 'department',
    areaId: 'area-chengguan',
    staffOpenids: [],
    superiorName: '城关镇人民政府',
  },
];
