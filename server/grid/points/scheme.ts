import type { StarScheme } from '@contracts/grid/points';
import { Collections } from '../../collections';
import { db, getById } from '../../db';

/**
 * The star scheme in force until the bureau publishes its own: a report from patrol and an on-site check
 * earn a little, closing on time earns more, overdue work and the supervision cards cost more than they
 * earn, and the hand-scored items (党支部建设, 台账资料) can lift a well-run grid by a star.
 */
export const defaultScheme: StarScheme = {
  weights: {
    reported: 2,
    resolved_on_time: 3,
    verified: 1,
    overdue: -3,
    yellow_card: -5,
    red_card: -10,
  },
  satisfaction: [-3, -1, 0, 1, 2],
  thresholds: [10, 30, 60, 100, 150],
  handItems: [
    { key: 'party', label: '党支部建设', max: 10 },
    { key: 'patrol', label: '日常巡查走访', max: 10 },
    { key: 'records', label: '台账资料', max: 5 },
  ],
};

/** The one stored scheme: `grid_star_scheme` holds a single document with this id. */
export const SCHEME_ID = 'current';

export interface SchemeDoc {
  _id: string;
  scheme: StarScheme;
  updatedAt: number;
  updatedById: string;
}

/** The scheme in force and when it was last changed (nothing stored: the default). */
export async function loadScheme(): Promise<{ scheme: StarScheme; updatedAt?: number }> {
  const doc = await getById<SchemeDoc>(Collections.gridStarScheme, SCHEME_ID);
  return doc ? { scheme: doc.scheme, updatedAt: doc.updatedAt } : { scheme: defaultScheme };
}

export async function storeScheme(scheme: StarScheme, byId: string, at: number): Promise<void> {
  await db()
    .collection(Collections.gridStarScheme)
    .doc(SCHEME_ID)
    .set({ data: { scheme, updatedAt: at, updatedById: byId } });
}
