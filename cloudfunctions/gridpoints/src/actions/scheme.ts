import type { gridpointsContract } from '@contracts/functions/gridpoints';
import type { Handler } from '@server/define-function';
import { loadScheme } from '@server/grid/points/scheme';

/** The published scheme, so the grid worker knows what each point is for. */
export const scheme: Handler<typeof gridpointsContract.scheme> = async () => loadScheme();
