/**
 * The levels of the one area tree of the app: the county, its towns and streets, their villages and
 * communities, and the grids of the grid workers. Every record that belongs to a place names its node;
 * every staff member is scoped to a node and sees what lies under it.
 */
export const areaLevels = ['county', 'town', 'village', 'grid'] as const;
export type AreaLevel = (typeof areaLevels)[number];

export const areaLevelLabels: Record<AreaLevel, string> = {
  county: '县（区）',
  town: '镇（街道）',
  village: '村（社区）',
  grid: '网格',
};

/** The level under each level (a grid has none). */
export const childLevel: Record<AreaLevel, AreaLevel | null> = {
  county: 'town',
  town: 'village',
  village: 'grid',
  grid: null,
};
