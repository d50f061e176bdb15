import { areaDocsOf } from '@server/areas/seed';
import { demoAreas, latticePoint } from '../../scripts/seed/demo-areas';
import type { AppCloud } from './app-cloud';
import { sdk } from './devcloud';

/**
 * Plants the demo county's area tree (scripts/seed/demo-areas.ts) in a test's cloud, through the real SDK.
 * Ids are the demo's (`area-dongshan`, `grid-dongshan-1`, ...), so tests name places as the demo does.
 */
export async function plantAreas(app: AppCloud): Promise<void> {
  for (const doc of areaDocsOf(demoAreas, Date.now())) {
    await sdk(app.db.collection('areas').add({ data: doc }));
  }
}

/** A point on the demo lattice (one step is 0.003°), as `{ lng, lat }`. */
export function at(x: number, y: number): { lng: number; lat: number } {
  const [lng, lat] = latticePoint(x, y);
  return { lng, lat };
}
